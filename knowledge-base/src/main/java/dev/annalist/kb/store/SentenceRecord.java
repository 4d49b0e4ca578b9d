package dev.annalist.kb.store;

import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.quantity.Distance;
import dev.annalist.kb.time.DateMention;
import java.util.List;

/** A sentence as stored: where it stands, its display text, the entities it names, its dates and distances. */
public record SentenceRecord(String id, String source, int index, int paragraph, Span span, String text,
                             List<String> entityIds, List<DateMention> dates, List<Distance> distances) {
    public SentenceRecord {
        entityIds = List.copyOf(entityIds);
        dates = List.copyOf(dates);
        distances = distances == null ? List.of() : List.copyOf(distances);
    }
}
