package dev.annalist.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the rules floor ({@code annalist.reader.rules-floor}) on held-out training articles. Two runs
 * of the full chain suffice for every floor up to the reader's own bar (0.5): one whose rules answer
 * wherever they agree with the reader ({@code full-rules-unfloored}, recording the reader's confidence)
 * and one without the rules ({@code full-no-rules}). At floor f a question gets the first run's answer
 * where the reader's confidence reaches f and the second's elsewhere, exactly as the chain would answer.
 */
final class RulesFloorSweep {
    static final String UNFLOORED = SquadWirings.FULL + "-rules-unfloored";
    static final String NO_RULES = SquadWirings.FULL + "-no-rules";

    private RulesFloorSweep() {}

    static List<ThresholdSweep.Point> sweep(SquadEvaluation.Result unfloored, SquadEvaluation.Result noRules, double step) {
        List<SquadEvaluation.Scored> with = unfloored.questions();
        List<SquadEvaluation.Scored> without = noRules.questions();
        if (with.size() != without.size()) {
            throw new IllegalArgumentException("the two runs answered different questions");
        }
        List<ThresholdSweep.Point> points = new ArrayList<>();
        for (double floor = 0; floor <= 0.5 + 1e-9; floor += step) {
            double f1 = 0;
            double has = 0;
            double no = 0;
            int hasN = 0;
            for (int i = 0; i < with.size(); i++) {
                SquadEvaluation.Scored w = with.get(i);
                if (!w.id().equals(without.get(i).id())) {
                    throw new IllegalArgumentException("the two runs answered the questions in another order");
                }
                boolean rulesAsked = Double.isNaN(w.readerConfidence()) || w.readerConfidence() >= floor;
                SquadEvaluation.Scored q = rulesAsked ? w : without.get(i);
                f1 += q.f1();
                if (q.answerable()) {
                    has += q.f1();
                    hasN++;
                } else {
                    no += q.f1();
                }
            }
            int noN = with.size() - hasN;
            points.add(new ThresholdSweep.Point(floor, pct(f1, with.size()), pct(has, hasN), pct(no, noN)));
        }
        return points;
    }

    private static double pct(double sum, int n) {
        return n == 0 ? 0 : 100 * sum / n;
    }
}
