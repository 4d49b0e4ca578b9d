package dev.annalist.kb.store;

import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.quantity.Distance;
import dev.annalist.kb.time.DateMention;
import java.util.List;

/**
 * A sentence as stored: where it stands, its display text (whitespace folded, so offsets into it are
 * not offsets into the account), the entities it names, its dates, distances and typed spans (spans in
 * account offsets).
 */
public record SentenceRecord(String id, String source, int index, int paragraph, Span span, String text,
                             List<String> entityIds, List<DateMention> dates, List<Distance> distances,
                             List<TypedSpan> spans) {
    public SentenceRecord {
        entityIds = List.copyOf(entityIds);
        dates = List.copyOf(dates);
        distances = distances == null ? List.of() : List.copyOf(distances);
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
}
