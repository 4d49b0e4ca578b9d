package dev.annalist.kb.answer;

import dev.annalist.kb.reader.ReadSpan;
import java.util.List;

/**
 * One calibrated decision: how likely answering with the reader's best span is better than saying the
 * account does not say. Below 0.5 the chain abstains. The bundled decision comes from
 * {@link ReaderSettings}; the evaluation passes its own to record the evidence it fits on.
 */
@FunctionalInterface
public interface Abstention {
    /** @param spans the reader's spans, best margin first, never empty */
    double confidence(List<ReadSpan> spans, QuestionAnalysis question);

    /** Logistic in the reader's margin alone, around {@code threshold}. */
    static Abstention margin(double threshold, double scale) {
        return (spans, question) -> logistic((spans.get(0).margin() - threshold) / scale);
    }

    /**
     * Logistic in a weighted sum of the {@link AbstentionEvidence}: {@code weights} are the bias, then
     * one weight per {@link AbstentionEvidence#NAMES}; {@code threshold} shifts the log-odds.
     */
    static Abstention learned(List<Double> weights, double threshold, double scale) {
        AbstentionEvidence.requireWeights(weights);
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        return (spans, question) -> {
            double[] x = AbstentionEvidence.of(spans, question).vector();
            double z = w[0];
            for (int i = 0; i < x.length; i++) {
                z += w[i + 1] * x[i];
            }
            return logistic((z - threshold) / scale);
        };
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
