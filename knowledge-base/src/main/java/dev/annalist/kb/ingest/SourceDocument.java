package dev.annalist.kb.ingest;

/**
 * An account as loaded. {@code original} is the decoded text; {@code clean} has the same length, with
 * markup blanked out, so every offset into it is an offset into the original.
 */
public record SourceDocument(String source, String original, String clean) {
    public SourceDocument {
        if (original.length() != clean.length()) {
            throw new IllegalArgumentException("clean text must keep the original's offsets");
        }
    }

    public static SourceDocument plain(String source, String text) {
        return new SourceDocument(source, text, text);
    }
}
