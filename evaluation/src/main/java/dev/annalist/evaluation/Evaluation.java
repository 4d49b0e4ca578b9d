package dev.annalist.evaluation;

import dev.annalist.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One evaluation: the bundled account in a fresh knowledge base, every wiring run on the reference set. */
public final class Evaluation {
    private Evaluation() {}

    public static List<EvaluationRunner.WiringReport> run(ReferenceSet set, boolean baselines) throws IOException {
        Path index = Files.createTempDirectory("annalist-eval");
        try (KnowledgeBase kb = KnowledgeBase.open(index)) {
            kb.ensureContent();
            List<Wiring> wirings = baselines ? Wirings.all(kb) : List.of(Wirings.full(kb));
            List<EvaluationRunner.WiringReport> reports = new ArrayList<>();
            EvaluationRunner runner = new EvaluationRunner();
            for (Wiring wiring : wirings) {
                reports.add(runner.run(set, wiring));
            }
            return reports;
        }
    }
}
