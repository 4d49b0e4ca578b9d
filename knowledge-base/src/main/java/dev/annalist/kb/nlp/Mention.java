package dev.annalist.kb.nlp;

/**
 * A typed stretch of a sentence. Token indexes are relative to the sentence; the span is in
 * characters of the account. {@code finder} names the component that found it.
 */
public record Mention(EntityType type, int sentence, int fromToken, int toToken, Span span, String text,
                      String finder) {}
