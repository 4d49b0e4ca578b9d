package dev.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each floor takes the rules' answer where the reader's confidence reaches it, and the rule-less one elsewhere. */
class RulesFloorSweepTest {
    private static SquadEvaluation.Scored q(String id, boolean answerable, double f1, double readerConfidence) {
        return new SquadEvaluation.Scored(id, "a", "when", answerable, f1, f1, 0.9, f1 == 0 && answerable, 0, null, readerConfidence);
    }

    private static SquadEvaluation.Result run(String wiring, List<SquadEvaluation.Scored> qs) {
        var score = new SquadEvaluation.Score(qs.size(), 0, 0, 0, 0, 0, 0, 0);
        return new SquadEvaluation.Result(wiring, SquadEvaluation.Mode.ARTICLE, Map.of(), score, Map.of(), Map.of(), 0, 0, qs);
    }

    @Test
    void aFloorDropsTheRulesOnlyWhereTheReaderIsUnsure() {
        // Rules answered all three; without them the chain abstained on all three (the reader was under 0.5).
        var unfloored = run(RulesFloorSweep.UNFLOORED, List.of(
                q("right", true, 1, 0.4), q("wrong-unanswerable", false, 0, 0.1), q("chat", true, 1, Double.NaN)));
        var noRules = run(RulesFloorSweep.NO_RULES, List.of(
                q("right", true, 0, 0.4), q("wrong-unanswerable", false, 1, 0.1), q("chat", true, 1, Double.NaN)));
        List<ThresholdSweep.Point> points = RulesFloorSweep.sweep(unfloored, noRules, 0.25);
        assertThat(points).extracting(ThresholdSweep.Point::threshold).containsExactly(0.0, 0.25, 0.5);
        assertThat(points.get(0).noAns()).as("floor 0: the rules answer the unanswerable question").isZero();
        assertThat(points.get(1).f1()).as("floor 0.25 keeps the confident agreement, drops the unsure one").isEqualTo(100.0);
        assertThat(points.get(2).hasAnsF1()).as("floor 0.5 loses the right rule answer, keeps the chat one").isEqualTo(50.0);
        assertThat(ThresholdSweep.best(points).threshold()).isEqualTo(0.25);
    }

    @Test
    void runsOverOtherQuestionsAreRefused() {
        var a = run(RulesFloorSweep.UNFLOORED, List.of(q("x", true, 1, 0.4)));
        var b = run(RulesFloorSweep.NO_RULES, List.of(q("y", true, 1, 0.4)));
        assertThatThrownBy(() -> RulesFloorSweep.sweep(a, b, 0.1)).hasMessageContaining("order");
    }
}
