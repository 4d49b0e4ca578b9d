package dev.annalist.kb.answer;

/** The sentence an answer came from: the account, the sentence number, its text and its character span. */
public record Citation(String source, int sentence, String text, int start, int end) {}
