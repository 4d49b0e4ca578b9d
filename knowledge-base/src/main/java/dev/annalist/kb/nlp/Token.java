package dev.annalist.kb.nlp;

/** A word or punctuation mark with its part-of-speech tag and lemma. */
public record Token(String text, Span span, String pos, String lemma) {
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
