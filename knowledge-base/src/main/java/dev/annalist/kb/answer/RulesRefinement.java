package dev.annalist.kb.answer;

import java.util.Collections;

/**
 * Whether the typed rules' answer may stand in for the reader's span from the same sentence. Where the
 * reader is sure of its span, the rules may refine it (the whole name or date it cuts) but not swap it for
 * another phrase of that sentence; a question asking for several things takes the rules' list of them (one
 * span cannot be a list). On the held-out training articles swapping cost 1.5 HasAns F1.
 */
final class RulesRefinement {
    private final boolean onlyRefine;
    private final double sureAt;

    /**
     * @param onlyRefine off: any rules' answer from the span's sentence replaces it (the earlier behaviour)
     * @param sureAt     the reader's confidence from which it is sure of its span
     */
    RulesRefinement(boolean onlyRefine, double sureAt) {
        this.onlyRefine = onlyRefine;
        this.sureAt = sureAt;
    }

    boolean mayReplace(String ruled, String span, double confidence, boolean list) {
        return !onlyRefine || confidence < sureAt || list
                || !Collections.disjoint(Stems.ofText(ruled), Stems.ofText(span));
    }
}
