package dev.annalist.kb.store;

import dev.annalist.kb.nlp.EntityType;
import java.time.LocalDate;

/** Narrows a search to sentences naming an entity, an entity type, and/or dated within a range. Nulls mean any. */
public record SearchFilter(String entityId, EntityType entityType, LocalDate from, LocalDate to) {
    public static final SearchFilter NONE = new SearchFilter(null, null, null, null);
}
