package dev.annalist.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** SQuAD results as a table (overall, by article, by question type) and as JSON. */
final class SquadReport {
    private SquadReport() {}

    static void print(List<SquadEvaluation.Result> results, PrintStream out) {
        out.printf("%-16s %-9s %6s %6s %6s %8s %8s %7s %7s %7s%n", "wiring", "mode", "n", "EM", "F1", "HasAnsEM", "HasAnsF1",
                "NoAns", "p50 ms", "p95 ms");
        for (SquadEvaluation.Result r : results) {
            line(out, r.wiring(), r.mode().name().toLowerCase(Locale.ROOT), r.overall(), r.p50Ms(), r.p95Ms());
        }
        SquadEvaluation.Result first = results.get(0);
        out.println();
        out.println("by article (" + first.wiring() + ", " + first.mode().name().toLowerCase(Locale.ROOT) + "):");
        first.byArticle().forEach((k, v) -> line(out, k, "", v, Double.NaN, Double.NaN));
        out.println("by question type (" + first.wiring() + "):");
        first.byType().forEach((k, v) -> line(out, k, "", v, Double.NaN, Double.NaN));
        out.println();
    }

    /** The retrieval's recall of the answer's sentence, as a line under the article-mode table. */
    static void print(RetrievalRecall recall, PrintStream out) {
        out.println("retrieval (hybrid; the answer's sentence among the top " + RetrievalRecall.DEPTH + "): " + recall);
        out.println();
    }

    private static void line(PrintStream out, String name, String mode, SquadEvaluation.Score s, double p50, double p95) {
        out.printf(Locale.ROOT, "%-16s %-9s %6d %6.1f %6.1f %8.1f %8.1f %7.1f %7s %7s%n",
                name.length() > 16 ? name.substring(0, 16) : name, mode, s.total(), s.exactMatch(), s.f1(), s.hasAnsExact(),
                s.hasAnsF1(), s.noAnsExact(), Double.isNaN(p50) ? "" : String.format(Locale.ROOT, "%.1f", p50),
                Double.isNaN(p95) ? "" : String.format(Locale.ROOT, "%.1f", p95));
    }

    /** Every wiring's figures, and the retrieval's recall of an article-mode run (zero questions without one). */
    static void write(List<SquadEvaluation.Result> results, RetrievalRecall recall, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        List<Map<String, Object>> rows = results.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("wiring", r.wiring());
            row.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
            row.put("overall", r.overall());
            row.put("byArticle", r.byArticle());
            row.put("byType", r.byType());
            row.put("p50Ms", r.p50Ms());
            row.put("p95Ms", r.p95Ms());
            return row;
        }).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("wirings", rows);
        document.put("retrieval", recall.figures());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
    }

    /** A wiring's questions with the evidence its abstention saw, one object each, for analysis. */
    static void writeEvidence(SquadEvaluation.Result sweep, Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        List<Map<String, Object>> rows = sweep.questions().stream().map(q -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", q.id());
            row.put("article", q.article());
            row.put("type", q.type());
            row.put("answerable", q.answerable());
            row.put("f1", q.f1());
            row.put("abstained", q.abstained());
            if (!Double.isNaN(q.readerConfidence())) {
                row.put("readerConfidence", q.readerConfidence());
            }
            if (q.evidence() != null) {
                for (int i = 0; i < q.evidence().length; i++) {
                    row.put(dev.annalist.kb.answer.AbstentionEvidence.NAMES.get(i), q.evidence()[i]);
                }
            }
            return row;
        }).toList();
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), rows);
    }
}
