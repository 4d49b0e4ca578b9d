package dev.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The sweep reads margins back from the sweep wiring's confidences and scores each threshold. */
class ThresholdSweepTest {
    private static double confidence(double margin) {
        var s = SquadWirings.SWEEP_SETTINGS;
        return 1 / (1 + Math.exp(-(margin - s.threshold()) / s.scale()));
    }

    private static SquadEvaluation.Scored q(boolean answerable, double f1, double margin) {
        return new SquadEvaluation.Scored("id", "a", "what", answerable, f1, f1, confidence(margin), false, 0, null, Double.NaN);
    }

    @Test
    void marginsSurviveTheRoundTrip() {
        assertThat(ThresholdSweep.margin(confidence(3.25))).isCloseTo(3.25, Offset.offset(1e-6));
        assertThat(ThresholdSweep.margin(confidence(-7.5))).isCloseTo(-7.5, Offset.offset(1e-6));
    }

    @Test
    void theBestThresholdKeepsConfidentAnswersAndDropsTheRest() {
        List<SquadEvaluation.Scored> qs = List.of(q(true, 1, 4), q(true, 1, 3), q(false, 0, -1), q(false, 0, 0.25));
        var score = new SquadEvaluation.Score(4, 0, 0, 2, 0, 0, 2, 0);
        var result = new SquadEvaluation.Result("sweep", SquadEvaluation.Mode.ARTICLE, Map.of(), score, Map.of(), Map.of(), 0, 0, qs);
        List<ThresholdSweep.Point> points = ThresholdSweep.sweep(result, -2, 5, 0.5);
        ThresholdSweep.Point best = ThresholdSweep.best(points);
        assertThat(best.f1()).isEqualTo(100.0);
        assertThat(best.threshold()).as("the first threshold above both unanswerable margins").isEqualTo(0.5);
        assertThat(points.get(0).f1()).as("answering all").isEqualTo(50.0);
        assertThat(points.get(points.size() - 1).noAns()).as("abstaining on all").isEqualTo(100.0);
    }

    @Test
    void onAFlatTopTheLowestOfTheTiedThresholdsIsChosen() {
        List<ThresholdSweep.Point> points = List.of(new ThresholdSweep.Point(1, 58.0, 45, 70),
                new ThresholdSweep.Point(2, 59.55, 40, 78), new ThresholdSweep.Point(3, 59.62, 35, 83),
                new ThresholdSweep.Point(4, 59.61, 30, 87), new ThresholdSweep.Point(5, 59.2, 25, 90));
        assertThat(ThresholdSweep.best(points).threshold()).as("within a tenth of a point of the best").isEqualTo(2);
        assertThat(ThresholdSweep.best(points.subList(3, 5)).threshold()).isEqualTo(4);
    }

    @Test
    void questionsAreTypedByTheirFirstQuestionWord() {
        assertThat(SquadEvaluation.questionType("How many towns were taken?")).isEqualTo("how many");
        assertThat(SquadEvaluation.questionType("In which year did it end?")).isEqualTo("which");
        assertThat(SquadEvaluation.questionType("The river flows where?")).isEqualTo("where");
        assertThat(SquadEvaluation.questionType("Name the general")).isEqualTo("other");
    }

    @Test
    void aCitationHoldsAGoldAnswerOnlyAsWholeWords() {
        assertThat(EvaluationRunner.holdsWords("The army crossed the Oka river.", "Oka")).isTrue();
        assertThat(EvaluationRunner.holdsWords("They took Okanovo by storm.", "Oka")).isFalse();
        assertThat(EvaluationRunner.holdsWords("Someone else was there.", "one")).isFalse();
        assertThat(EvaluationRunner.holdsWords("It moved west.", "west")).isTrue();
    }
}
