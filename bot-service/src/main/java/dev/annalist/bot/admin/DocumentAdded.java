package dev.annalist.bot.admin;

import java.util.List;

/** What an upload changed: the account added and the knowledge base after the re-index. */
public record DocumentAdded(String source, int accounts, int sentences, int entities, int events, long millis,
                            List<String> warnings) {}
