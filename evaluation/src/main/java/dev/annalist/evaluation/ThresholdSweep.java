package dev.annalist.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses the abstention threshold on held-out training articles: the {@link SquadWirings#SWEEP}
 * wiring answers every question and reports, through its confidence, the reader's margin; each
 * threshold then keeps the answers whose margin reaches it and abstains on the rest.
 */
final class ThresholdSweep {
    /** Scores had the chain abstained below {@code threshold}. */
    record Point(double threshold, double f1, double hasAnsF1, double noAns) {}

    /** F1 over all questions, over the answerable ones, and the share of unanswerable ones abstained on. */
    record Scores(double f1, double hasAnsF1, double noAns) {}

    private ThresholdSweep() {}

    /** The margin the sweep wiring's confidence stands for (its settings are known). */
    static double margin(double confidence) {
        double c = Math.min(1 - 1e-15, Math.max(1e-15, confidence));
        return SquadWirings.SWEEP_SETTINGS.threshold() + SquadWirings.SWEEP_SETTINGS.scale() * Math.log(c / (1 - c));
    }

    static List<Point> sweep(SquadEvaluation.Result sweepResult, double from, double to, double step) {
        return sweep(sweepResult.questions(), from, to, step);
    }

    static List<Point> sweep(List<SquadEvaluation.Scored> qs, double from, double to, double step) {
        List<Point> points = new ArrayList<>();
        for (double t = from; t <= to + 1e-9; t += step) {
            double threshold = t;
            Scores s = score(qs, q -> !q.abstained() && margin(q.confidence()) >= threshold);
            points.add(new Point(t, s.f1(), s.hasAnsF1(), s.noAns()));
        }
        return points;
    }

    /** Scores over every question had the chain answered where {@code answers} says and abstained elsewhere. */
    static Scores score(List<SquadEvaluation.Scored> qs, Predicate<SquadEvaluation.Scored> answers) {
        double f1 = 0;
        double has = 0;
        double no = 0;
        int hasN = 0;
        int noN = 0;
        for (SquadEvaluation.Scored q : qs) {
            boolean answered = answers.test(q);
            if (q.answerable()) {
                double s = answered ? q.f1() : 0;
                f1 += s;
                has += s;
                hasN++;
            } else {
                double s = answered ? 0 : 1;
                f1 += s;
                no += s;
                noN++;
            }
        }
        return new Scores(qs.isEmpty() ? 0 : 100 * f1 / qs.size(), hasN == 0 ? 0 : 100 * has / hasN,
                noN == 0 ? 0 : 100 * no / noN);
    }

    /**
     * The scale that makes confidence = logistic((margin - threshold) / scale) the likelihood that
     * an answer is right (F1 of at least 0.5 on an answerable question; any answer to an unanswerable
     * one is wrong): the least log loss over a grid.
     */
    static double scale(SquadEvaluation.Result sweepResult, double threshold) {
        double best = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double scale = 0.25; scale <= 6; scale += 0.25) {
            double loss = 0;
            for (SquadEvaluation.Scored q : sweepResult.questions()) {
                if (q.abstained()) {
                    continue;
                }
                double p = 1 / (1 + Math.exp(-(margin(q.confidence()) - threshold) / scale));
                p = Math.min(1 - 1e-9, Math.max(1e-9, p));
                boolean right = q.answerable() && q.f1() >= 0.5;
                loss -= right ? Math.log(p) : Math.log(1 - p);
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = scale;
            }
        }
        return best;
    }

    /**
     * F1 points within which two thresholds count as tied: on a few thousand validation questions a
     * tenth of a point is two or three questions, noise rather than a difference.
     */
    static final double TIE = 0.1;

    /**
     * The lowest threshold whose F1 is within {@link #TIE} of the best: the F1 curve is flat near its top,
     * and among tied thresholds the one that answers more serves a user better (an answer comes with the
     * sentence it stands in, to be checked; an abstention gives nothing).
     */
    static Point best(List<Point> points) {
        double top = points.stream().mapToDouble(Point::f1).max().orElseThrow();
        return points.stream().filter(p -> p.f1() >= top - TIE).min(java.util.Comparator.comparingDouble(Point::threshold))
                .orElseThrow();
    }
}
