package dev.annalist.kb.answer;

import dev.annalist.kb.reader.ReadSpan;

/**
 * One calibrated decision: how likely the reader's best span answers the question, from its margin
 * over "no answer" (logistic around the threshold chosen on held-out training articles). Below 0.5
 * the chain abstains.
 */
@FunctionalInterface
interface Abstention {
    double confidence(ReadSpan best, Understood question);

    static Abstention margin(double threshold, double scale) {
        return (best, question) -> 1 / (1 + Math.exp(-(best.margin() - threshold) / scale));
    }
}
