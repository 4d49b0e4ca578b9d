package dev.annalist.kb.nlp;

import java.util.List;

/**
 * A sentence of an account. {@code text} is the original text under {@code span}; {@code paragraph}
 * numbers the passage it belongs to.
 */
public record Sentence(int index, int paragraph, Span span, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence with markup blanks and line breaks folded to single spaces, for display. */
    public String displayText() {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Token span [from, to) to character span in the account. */
    public Span charSpan(int fromToken, int toToken) {
        return new Span(tokens.get(fromToken).span().start(), tokens.get(toToken - 1).span().end());
    }

    public String[] tokenTexts() {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }
}
