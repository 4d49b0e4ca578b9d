package dev.annalist.kb.store;

import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.time.DateMention;
import java.util.List;

/** A sentence as stored: where it stands, its display text, the entities it names and its dates. */
public record SentenceRecord(String id, String source, int index, int paragraph, Span span, String text,
                             List<String> entityIds, List<DateMention> dates) {
    public SentenceRecord {
        entityIds = List.copyOf(entityIds);
        dates = List.copyOf(dates);
    }
}
