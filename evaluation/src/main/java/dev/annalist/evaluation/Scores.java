package dev.annalist.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The metrics of a set of results. EM and F1 are over answerable questions (an abstention scores
 * 0); unanswerable questions count as right when the bot abstained. Retrieval recall@k and MRR look
 * for the evidence sentence; citation accuracy is over answered, answerable questions.
 */
public record Scores(int questions, int answerable, double exactMatch, double f1, int unanswerable,
                     double unanswerableCorrect, double recallAt1, double recallAt3, double recallAt5, double mrr,
                     double citationAccuracy, double latencyP50Ms, double latencyP95Ms) {

    public static Scores of(List<ItemResult> results) {
        List<ItemResult> ans = results.stream().filter(ItemResult::answerable).toList();
        List<ItemResult> unans = results.stream().filter(r -> !r.answerable()).toList();
        List<ItemResult> answered = ans.stream().filter(r -> !r.abstained()).toList();
        long[] micros = results.stream().mapToLong(ItemResult::micros).sorted().toArray();
        return new Scores(results.size(), ans.size(),
                100 * mean(ans.stream().mapToDouble(ItemResult::exactMatch).toArray()),
                100 * mean(ans.stream().mapToDouble(ItemResult::f1).toArray()),
                unans.size(),
                100 * mean(unans.stream().mapToDouble(r -> r.abstained() ? 1 : 0).toArray()),
                recall(ans, 1), recall(ans, 3), recall(ans, 5),
                mean(ans.stream().mapToDouble(r -> r.evidenceRank() == 0 ? 0 : 1.0 / r.evidenceRank()).toArray()),
                mean(answered.stream().mapToDouble(r -> r.citationCorrect() ? 1 : 0).toArray()),
                percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0);
    }

    private static double recall(List<ItemResult> results, int k) {
        return mean(results.stream().mapToDouble(r -> r.evidenceRank() > 0 && r.evidenceRank() <= k ? 1 : 0).toArray());
    }

    private static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
