package dev.annalist.bot.timeline;

import dev.annalist.kb.facts.DatedEvent;
import java.util.List;

/** A dated event as the API returns it: ISO start and end (null for an open bound), the words, the sentence, the entities. */
public record TimelineEntry(String id, String start, String end, String iso, String surface, String verb, String source,
                            int sentence, String text, List<String> entities) {
    public static TimelineEntry of(DatedEvent e) {
        return new TimelineEntry(e.id(), e.date().start() == null ? null : e.date().start().toString(),
                e.date().end() == null ? null : e.date().end().toString(), e.date().iso(), e.date().surface(), e.verb(),
                e.source(), e.sentence(), e.sentenceText(), e.entities());
    }
}
