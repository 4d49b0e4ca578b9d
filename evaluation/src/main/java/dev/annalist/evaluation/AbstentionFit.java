package dev.annalist.evaluation;

import dev.annalist.kb.answer.AbstentionEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits the learned abstention on held-out training articles: a logistic model over the
 * {@link AbstentionEvidence} of the sweep wiring's answers, weighted by what each decision is worth
 * (answering an answerable question gains its F1, abstaining on an unanswerable one gains 1), so that
 * answering where the model says "more likely than not" maximises expected F1. It is scored by leaving
 * one article out at a time, beside the margin threshold chosen the same way, before it is fitted on all.
 */
final class AbstentionFit {
    /** Weights on the evidence as it is (bias first), as reader.properties takes them. */
    record Model(double[] weights) {
        double logOdds(double[] x) {
            double z = weights[0];
            for (int i = 0; i < x.length; i++) {
                z += weights[i + 1] * x[i];
            }
            return z;
        }

        String property() {
            StringBuilder s = new StringBuilder();
            for (double w : weights) {
                s.append(s.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.4f", w));
            }
            return s.toString();
        }
    }

    /** Held-out scores over all articles, and over each article as the one left out. */
    record HeldOut(ThresholdSweep.Scores overall, Map<String, ThresholdSweep.Scores> byArticle) {}

    private static final double L2 = 0.01;
    private static final int STEPS = 4000;
    private static final double LEARNING_RATE = 0.5;

    private AbstentionFit() {}

    /**
     * The model fitted on these questions (the sweep wiring's, with evidence), its bias then moved so
     * that log-odds 0 is the F1-best cut on them: the log loss ranks the answers, F1 places the cut.
     */
    static Model fit(List<SquadEvaluation.Scored> questions) {
        Model ranked = rank(questions);
        Map<SquadEvaluation.Scored, Double> logOdds = new java.util.IdentityHashMap<>();
        questions.stream().filter(q -> !q.abstained() && q.evidence() != null)
                .forEach(q -> logOdds.put(q, ranked.logOdds(q.evidence())));
        double best = 0;
        double bestF1 = Double.NEGATIVE_INFINITY;
        for (double z : logOdds.values()) {
            double f1 = ThresholdSweep.score(questions, q -> logOdds.getOrDefault(q, Double.NEGATIVE_INFINITY) >= z).f1();
            if (f1 > bestF1 || f1 == bestF1 && Math.abs(z) < Math.abs(best)) {
                bestF1 = f1;
                best = z;
            }
        }
        double[] w = ranked.weights().clone();
        w[0] -= best;
        return new Model(w);
    }

    private static boolean answers(Model m, SquadEvaluation.Scored q, double cut) {
        return !q.abstained() && q.evidence() != null && m.logOdds(q.evidence()) >= cut;
    }

    /** The cost-weighted logistic fit alone. */
    static Model rank(List<SquadEvaluation.Scored> questions) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (SquadEvaluation.Scored q : questions) {
            double weight = q.answerable() ? q.f1() : 1;
            if (q.evidence() == null || weight == 0) {
                continue; // no decision was taken, or neither choice scores
            }
            xs.add(q.evidence());
            ys.add(q.answerable() ? 1.0 : 0.0);
            ws.add(weight);
        }
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("no answered question to fit the abstention on");
        }
        int d = AbstentionEvidence.NAMES.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] x : xs) {
            for (int i = 0; i < d; i++) {
                mean[i] += x[i] / xs.size();
            }
        }
        for (double[] x : xs) {
            for (int i = 0; i < d; i++) {
                sd[i] += (x[i] - mean[i]) * (x[i] - mean[i]) / xs.size();
            }
        }
        for (int i = 0; i < d; i++) {
            sd[i] = sd[i] > 1e-12 ? Math.sqrt(sd[i]) : 1;
        }
        double total = ws.stream().mapToDouble(Double::doubleValue).sum();
        double[] w = new double[d + 1]; // on standardised evidence; convex, so plain gradient descent converges
        for (int step = 0; step < STEPS; step++) {
            double[] grad = new double[d + 1];
            for (int n = 0; n < xs.size(); n++) {
                double z = w[0];
                for (int i = 0; i < d; i++) {
                    z += w[i + 1] * (xs.get(n)[i] - mean[i]) / sd[i];
                }
                double err = ws.get(n) * (1 / (1 + Math.exp(-z)) - ys.get(n)) / total;
                grad[0] += err;
                for (int i = 0; i < d; i++) {
                    grad[i + 1] += err * (xs.get(n)[i] - mean[i]) / sd[i];
                }
            }
            for (int i = 0; i <= d; i++) {
                w[i] -= LEARNING_RATE * (grad[i] + (i == 0 ? 0 : L2 * w[i]));
            }
        }
        double[] raw = new double[d + 1];
        raw[0] = w[0];
        for (int i = 0; i < d; i++) {
            raw[i + 1] = w[i + 1] / sd[i];
            raw[0] -= w[i + 1] * mean[i] / sd[i];
        }
        return new Model(raw);
    }

    /** Leave one article out: fit on the others, decide on it; the scores over all articles. */
    static HeldOut heldOutLearned(List<SquadEvaluation.Scored> questions) {
        Set<SquadEvaluation.Scored> answered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map.Entry<String, List<SquadEvaluation.Scored>> fold : folds(questions).entrySet()) {
            Model m = fit(others(questions, fold.getKey()));
            fold.getValue().stream().filter(q -> answers(m, q, 0)).forEach(answered::add);
        }
        return heldOut(questions, answered);
    }

    /** Leave one article out with the margin rule: the sweep's best threshold on the others, applied to it. */
    static HeldOut heldOutMargin(List<SquadEvaluation.Scored> questions) {
        Set<SquadEvaluation.Scored> answered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Map.Entry<String, List<SquadEvaluation.Scored>> fold : folds(questions).entrySet()) {
            double t = ThresholdSweep.best(ThresholdSweep.sweep(others(questions, fold.getKey()), -10, 10, 0.25)).threshold();
            fold.getValue().stream().filter(q -> !q.abstained() && ThresholdSweep.margin(q.confidence()) >= t)
                    .forEach(answered::add);
        }
        return heldOut(questions, answered);
    }

    private static HeldOut heldOut(List<SquadEvaluation.Scored> questions, Set<SquadEvaluation.Scored> answered) {
        Map<String, ThresholdSweep.Scores> byArticle = new LinkedHashMap<>();
        folds(questions).forEach((article, qs) -> byArticle.put(article, ThresholdSweep.score(qs, answered::contains)));
        return new HeldOut(ThresholdSweep.score(questions, answered::contains), byArticle);
    }

    private static Map<String, List<SquadEvaluation.Scored>> folds(List<SquadEvaluation.Scored> questions) {
        Map<String, List<SquadEvaluation.Scored>> out = new LinkedHashMap<>();
        questions.forEach(q -> out.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q));
        if (out.size() < 2) {
            throw new IllegalArgumentException("leaving one article out needs at least two articles, got " + out.keySet());
        }
        return out;
    }

    private static List<SquadEvaluation.Scored> others(List<SquadEvaluation.Scored> questions, String article) {
        return questions.stream().filter(q -> !q.article().equals(article)).toList();
    }
}
