package dev.annalist.kb.nlp;

import java.util.Locale;

/** What a mention names. RANK and UNIT_WORD are helper types used while assembling names. */
public enum EntityType {
    PERSON, UNIT, LOCATION, DATE, DISTANCE, NUMBER, ORDINAL, OPERATION, RANK, UNIT_WORD;

    /** True for the types that become canonical entities in the knowledge base. */
    public boolean isNamed() {
        return this == PERSON || this == UNIT || this == LOCATION || this == OPERATION;
    }

    /** True for helper types that never leave the pipeline. */
    public boolean isHelper() {
        return this == RANK || this == UNIT_WORD;
    }

    public static EntityType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown entity type '" + name + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
