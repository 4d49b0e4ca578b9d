package dev.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The squad command on a small SQuAD v2.0 file about another operation, written for this project. */
class SquadEvaluationTest {
    private static final Path DATASET = Path.of("src", "test", "resources", "squad", "yelnya-mini-v2.json");

    @Test
    void answersEveryQuestionAgainstTheWholeArticleAndWritesOfficialPredictions(@TempDir Path dir) throws Exception {
        SquadEvaluation squad = new SquadEvaluation();
        SquadEvaluation.Result r = squad.run(DATASET, null, null);
        Path out = dir.resolve("predictions.json");
        squad.writePredictions(r, out);

        @SuppressWarnings("unchecked")
        Map<String, String> written = new ObjectMapper().readValue(out.toFile(), Map.class);
        assertThat(written).containsOnlyKeys("y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8");
        assertThat(written.get("y2")).isEqualTo("6 September");
        assertThat(written.get("y1")).isEqualTo("Konstantin I. Rakutin");
        assertThat(written.get("y5")).as("unanswerable: empty string").isEmpty();
        assertThat(written.get("y8")).isEmpty();
        assertThat(r.total()).isEqualTo(8);
        assertThat(r.hasAns()).isEqualTo(6);
        assertThat(r.noAns()).isEqualTo(2);
        assertThat(r.noAnsExact()).isEqualTo(100.0);
        System.out.printf("yelnya-mini-v2: EM %.1f F1 %.1f HasAns EM %.1f F1 %.1f NoAns %.1f%n", r.exactMatch(), r.f1(),
                r.hasAnsExact(), r.hasAnsF1(), r.noAnsExact());
    }

    @Test
    void refusesAFileThatIsNotSquadWithAClearMessage(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"rows\": []}");
        assertThatThrownBy(() -> new SquadEvaluation().run(bad, null, null)).hasMessageContaining("no \"data\" array");
        assertThatThrownBy(() -> new SquadEvaluation().run(DATASET, "No Such Article", null))
                .hasMessageContaining("no article titled 'No Such Article'");
    }
}
