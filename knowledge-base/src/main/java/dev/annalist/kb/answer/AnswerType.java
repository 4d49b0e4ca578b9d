package dev.annalist.kb.answer;

import dev.annalist.kb.nlp.EntityType;

/** What kind of answer a question expects. */
public enum AnswerType {
    PERSON(EntityType.PERSON), UNIT(EntityType.UNIT), PLACE(EntityType.LOCATION), DATE(EntityType.DATE),
    DISTANCE(EntityType.DISTANCE), NUMBER(EntityType.NUMBER), ORDINAL(EntityType.ORDINAL), DESCRIPTION(null);

    private final EntityType entityType;

    AnswerType(EntityType entityType) {
        this.entityType = entityType;
    }

    /** The entity type of candidate spans, or null for a description. */
    public EntityType entityType() {
        return entityType;
    }
}
