package dev.annalist.bot.entities;

import java.util.List;

/** One line of the entity list. */
public record EntitySummary(String id, String type, String name, List<String> aliases, String rank, String role,
                            int mentions) {}
