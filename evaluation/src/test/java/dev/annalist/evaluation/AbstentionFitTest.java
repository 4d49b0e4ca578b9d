package dev.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annalist.kb.answer.AbstentionEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The learned abstention weighs evidence the margin misses: here the margin says nothing and the
 * span's sentence covering the question tells answerable from unanswerable, so the fit must find it.
 */
class AbstentionFitTest {
    private static final int COVERAGE = AbstentionEvidence.NAMES.indexOf("coverage");
    private static final int MARGIN = AbstentionEvidence.NAMES.indexOf("margin");

    private static SquadEvaluation.Scored q(String article, boolean answerable, double margin, double coverage) {
        double[] evidence = new double[AbstentionEvidence.NAMES.size()];
        evidence[MARGIN] = margin;
        evidence[COVERAGE] = coverage;
        double confidence = 1 / (1 + Math.exp(-(margin - SquadWirings.SWEEP_SETTINGS.threshold()) / SquadWirings.SWEEP_SETTINGS.scale()));
        double f1 = answerable ? 1 : 0;
        return new SquadEvaluation.Scored("id", article, "what", answerable, f1, f1, confidence, false, 0, evidence, Double.NaN);
    }

    private static List<SquadEvaluation.Scored> questions() {
        Random random = new Random(7);
        List<SquadEvaluation.Scored> out = new ArrayList<>();
        for (String article : List.of("a", "b", "c")) {
            for (int i = 0; i < 60; i++) {
                boolean answerable = i % 2 == 0;
                double margin = random.nextGaussian() * 3; // the same for both kinds
                double coverage = (answerable ? 0.7 : 0.3) + random.nextGaussian() * 0.1;
                out.add(q(article, answerable, margin, coverage));
            }
        }
        return out;
    }

    @Test
    void theFitFindsTheEvidenceThatSeparatesAndBeatsTheMarginOnHeldOutArticles() {
        List<SquadEvaluation.Scored> qs = questions();
        ThresholdSweep.Scores learned = AbstentionFit.heldOutLearned(qs).overall();
        ThresholdSweep.Scores margin = AbstentionFit.heldOutMargin(qs).overall();
        assertThat(learned.f1()).isGreaterThan(90);
        assertThat(margin.f1()).isLessThan(70);
        assertThat(AbstentionFit.heldOutLearned(qs).byArticle()).containsOnlyKeys("a", "b", "c");
        AbstentionFit.Model model = AbstentionFit.fit(qs);
        assertThat(model.weights()[COVERAGE + 1]).as("coverage weight").isPositive();
        assertThat(Math.abs(model.weights()[MARGIN + 1])).as("margin weight").isLessThan(model.weights()[COVERAGE + 1] / 10);
    }

    @Test
    void theFittedWeightsReadBackAsTheProductsAbstention() {
        AbstentionFit.Model model = AbstentionFit.fit(questions());
        List<Double> weights = java.util.Arrays.stream(model.property().split(",")).map(Double::parseDouble).toList();
        assertThat(weights).hasSize(AbstentionEvidence.NAMES.size() + 1);
        double[] covering = questions().get(0).evidence();
        double[] missing = questions().get(1).evidence();
        assertThat(model.logOdds(covering)).isPositive();
        assertThat(model.logOdds(missing)).isNegative();
    }

    @Test
    void oneArticleCannotBeLeftOut() {
        List<SquadEvaluation.Scored> one = questions().stream().filter(q -> q.article().equals("a")).toList();
        assertThatThrownBy(() -> AbstentionFit.heldOutLearned(one)).hasMessageContaining("at least two articles");
    }
}
