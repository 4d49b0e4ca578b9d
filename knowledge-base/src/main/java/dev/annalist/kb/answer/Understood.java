package dev.annalist.kb.answer;

/**
 * A question after analysis and follow-up resolution: what the rules know of it, and the words the
 * reader reads (a follow-up's pronoun replaced by the name it stands for).
 */
record Understood(QuestionAnalysis analysis, String readerText) {}
