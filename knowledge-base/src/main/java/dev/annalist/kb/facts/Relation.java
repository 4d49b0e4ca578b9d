package dev.annalist.kb.facts;

/** A fact the text states plainly: {@code subject} (an entity id) {@code type} {@code object}. */
public record Relation(String subject, Type type, String object, String source, int sentence) {
    public enum Type {
        /** A person commands a formation ("Konev's 29th Army"). */
        COMMANDS,
        /** A person is deputy commander of a formation. */
        DEPUTY_COMMANDER_OF,
        /** A formation is part of a larger one ("the 258th Division of the 50th Army"). */
        PART_OF
    }
}
