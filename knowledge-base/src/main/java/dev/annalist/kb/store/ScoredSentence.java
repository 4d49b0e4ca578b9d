package dev.annalist.kb.store;

/** A sentence and how well it matched; {@code rank} is 1-based in its result list. */
public record ScoredSentence(SentenceRecord sentence, double score, int rank) {}
