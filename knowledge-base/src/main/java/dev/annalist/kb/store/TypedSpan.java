package dev.annalist.kb.store;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Span;

/** A typed stretch of a stored sentence: a name (with its entity id), a date, a distance or a number. */
public record TypedSpan(EntityType type, Span span, String text, String entityId) {}
