package dev.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CI gate: the reference set through the full pipeline and the baselines, the report written
 * to {@code target/evaluation-report}, and the build failed when the full pipeline falls below the
 * thresholds in {@code gate.properties}.
 */
class EvaluationGateTest {
    private static List<EvaluationRunner.WiringReport> reports;
    private static Properties gate;

    /** The held-out SQuAD articles; CI has {@code ../shared} beside the clone, {@code -Dsquad.dev} points elsewhere. */
    static final Path DEV = Path.of(System.getProperty("squad.dev", "../../shared/squad/dev.v2.json"));
    private static List<SquadEvaluation.Result> squad;

    @BeforeAll
    static void evaluate() throws Exception {
        reports = Evaluation.run(ReferenceSet.bundled(), true);
        EvaluationCommand.print(reports);
        if (!Files.exists(DEV)) {
            throw new IllegalStateException("the dev split " + DEV.toAbsolutePath() + " is missing: the gate measures on it"
                    + " (set -Dsquad.dev=/path/dev.v2.json)");
        }
        SquadEvaluation articleLevel = new SquadEvaluation();
        squad = new java.util.ArrayList<>(articleLevel.run(DEV, null, SquadEvaluation.Mode.ARTICLE,
                List.of(SquadWirings.FULL, SquadWirings.ABSTAIN), System.out));
        squad.addAll(new SquadEvaluation().run(DEV, null, SquadEvaluation.Mode.PARAGRAPH, List.of(SquadWirings.READER), System.out));
        SquadReport.print(squad, System.out);
        SquadReport.print(articleLevel.retrievalRecall(), System.out);
        new ReportWriter().write(reports, squad, articleLevel.retrievalRecall(), DEV, Path.of("target", "evaluation-report"));
        gate = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("gate.properties"))) {
            gate.load(in);
        }
    }

    @Test
    void heldOutSquadArticlesMeetTheThresholdsKeptInTheRepository() {
        SquadEvaluation.Result article = squad.get(0);
        SquadEvaluation.Result abstain = squad.get(1);
        SquadEvaluation.Result paragraph = squad.get(2);
        assertThat(article.f1()).as("dev article-level F1").isGreaterThanOrEqualTo(threshold("dev.article.f1"));
        assertThat(article.f1()).as("better than always abstaining").isGreaterThan(abstain.f1());
        assertThat(article.hasAnsF1()).as("dev article-level HasAns F1").isGreaterThanOrEqualTo(threshold("dev.article.hasans.f1"));
        assertThat(paragraph.hasAnsF1()).as("dev paragraph-given HasAns F1").isGreaterThanOrEqualTo(threshold("dev.paragraph.hasans.f1"));
        assertThat(article.p95Ms()).as("dev article-level latency p95 (ms), reported").isPositive();
    }

    private static double threshold(String key) {
        return Double.parseDouble(gate.getProperty(key));
    }

    @Test
    void fullPipelineMeetsTheThresholdsKeptInTheRepository() {
        Scores full = reports.get(0).overall();
        assertThat(full.f1()).as("answerable F1").isGreaterThanOrEqualTo(threshold("answerable.f1"));
        assertThat(full.exactMatch()).as("answerable EM").isGreaterThanOrEqualTo(threshold("answerable.em"));
        assertThat(full.unanswerableCorrect()).as("unanswerable correct %").isGreaterThanOrEqualTo(threshold("unanswerable.correct"));
        assertThat(full.recallAt3()).as("retrieval recall@3").isGreaterThanOrEqualTo(threshold("retrieval.recall3"));
        assertThat(full.citationAccuracy()).as("citation accuracy").isGreaterThanOrEqualTo(threshold("citation.accuracy"));
    }

    @Test
    void reportHoldsEveryWiringAndItsChart() throws Exception {
        String html = Files.readString(Path.of("target", "evaluation-report", "evaluation.html"));
        assertThat(reports).extracting(EvaluationRunner.WiringReport::wiring)
                .containsExactly("full (hybrid + facts + reader)", "reader-only", "rules (hand-written)", "bm25-only",
                        "vectors-only (in-memory easy RAG)");
        assertThat(html).contains("<svg", "bm25-only", "Citation accuracy", "Held-out SQuAD articles", "dev.v2.json",
                "the hybrid retrieval ranks the answer's sentence first");
        assertThat(Path.of("target", "evaluation-report", "evaluation.json")).exists();
    }

    @Test
    void squadMetricsFollowTheOfficialNormalisation() {
        assertThat(SquadMetrics.exactMatch("the 49th Army", List.of("49th Army"))).isEqualTo(1);
        assertThat(SquadMetrics.f1("Kaluga, Belyov", List.of("Kaluga, Belyov and Kozelsk"))).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SquadMetrics.exactMatch("", List.of("30 December"))).isZero();
    }
}
