package dev.annalist.kb.retrieve;

import dev.annalist.kb.store.SearchFilter;
import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.time.DateMention;

/** The {@link SearchFilter} applied to a sentence in memory, as the Lucene store applies it in the index. */
final class Filters {
    private Filters() {}

    static boolean accepts(SearchFilter filter, SentenceRecord s) {
        if (filter.entityId() != null && !s.entityIds().contains(filter.entityId())) {
            return false;
        }
        if (filter.entityType() != null
                && s.entityIds().stream().noneMatch(id -> id.startsWith(filter.entityType().name().toLowerCase() + "/"))) {
            return false;
        }
        if (filter.from() == null && filter.to() == null) {
            return true;
        }
        long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
        long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
        return s.dates().stream().filter(DateMention::isResolved)
                .anyMatch(d -> d.endEpochDay() >= from && d.startEpochDay() <= to);
    }
}
