package dev.annalist.evaluation;

/**
 * One reference question answered: what was said, its scores, where retrieval put the evidence
 * sentence (1-based, 0 when not in the top 5), whether the citation holds the answer, and the time.
 */
public record ItemResult(String id, String category, boolean answerable, String question, String prediction,
                         boolean abstained, double exactMatch, double f1, int evidenceRank, boolean citationCorrect,
                         long micros) {
    /** Right for an unanswerable question means abstaining. */
    public boolean abstainedCorrectly() {
        return !answerable && abstained;
    }
}
