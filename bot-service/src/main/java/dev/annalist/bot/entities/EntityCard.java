package dev.annalist.bot.entities;

import dev.annalist.bot.timeline.TimelineEntry;
import java.util.List;

/** What the bot knows of one entity: its names, rank and role, where it is mentioned, and its dated events. */
public record EntityCard(String id, String type, String name, List<String> aliases, String rank, String role,
                         List<Mention> mentions, List<TimelineEntry> events) {
    /** A mention: the account, the sentence's text, and the name's character span in the account. */
    public record Mention(String source, int sentence, String text, int start, int end) {}
}
