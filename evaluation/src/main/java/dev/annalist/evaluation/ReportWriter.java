package dev.annalist.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code evaluation.json} (every score and every answer) and {@code evaluation.html} (the
 * wirings side by side, per-category F1 as an inline SVG chart, and the misses), with no external
 * scripts or styles.
 */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] COLOURS = {"#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b7791f"};

    public List<Path> write(List<EvaluationRunner.WiringReport> reports, Path dir) throws IOException {
        return write(reports, List.of(), RetrievalRecall.NONE, null, dir);
    }

    /**
     * The reference set's reports and, when given, a SQuAD file's results beside them, with where its
     * article-level retrieval ranked the answers' sentences.
     */
    public List<Path> write(List<EvaluationRunner.WiringReport> reports, List<SquadEvaluation.Result> squad,
                            RetrievalRecall squadRecall, Path squadFile, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("evaluation.json");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("referenceSet", ReferenceSet.BUNDLED);
        root.put("wirings", reports);
        if (!squad.isEmpty()) {
            root.put("squadFile", String.valueOf(squadFile));
            root.put("squad", squad.stream().map(r -> Map.of("wiring", r.wiring(), "mode", r.mode(), "overall", r.overall(),
                    "byArticle", r.byArticle(), "byType", r.byType(), "p50Ms", r.p50Ms(), "p95Ms", r.p95Ms())).toList());
            root.put("squadRetrieval", squadRecall.figures());
        }
        JSON.writeValue(json.toFile(), root);
        Path html = dir.resolve("evaluation.html");
        Files.writeString(html, html(reports, squad, squadRecall, squadFile), StandardCharsets.UTF_8);
        return List.of(json, html);
    }

    private static String html(List<EvaluationRunner.WiringReport> reports, List<SquadEvaluation.Result> squad,
                               RetrievalRecall squadRecall, Path squadFile) {
        StringBuilder b = new StringBuilder();
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Annalist evaluation</title><style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1a202c}table{border-collapse:collapse;margin:1rem 0}")
                .append("td,th{border:1px solid #cbd5e0;padding:.3rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}")
                .append(".miss td{text-align:left}</style></head><body><h1>Annalist evaluation</h1>");
        b.append("<p>Reference set <code>").append(esc(ReferenceSet.BUNDLED)).append("</code>: ")
                .append(reports.get(0).overall().questions()).append(" questions (")
                .append(reports.get(0).overall().answerable()).append(" answerable, ")
                .append(reports.get(0).overall().unanswerable()).append(" unanswerable).</p>");
        b.append("<h2>Wirings side by side</h2><table><tr><th>metric</th>");
        reports.forEach(r -> b.append("<th>").append(esc(r.wiring())).append("</th>"));
        b.append("</tr>");
        row(b, "Answerable EM", reports, s -> s.exactMatch(), "%.1f");
        row(b, "Answerable F1", reports, s -> s.f1(), "%.1f");
        row(b, "Unanswerable correct %", reports, s -> s.unanswerableCorrect(), "%.1f");
        row(b, "Retrieval recall@1", reports, s -> s.recallAt1(), "%.3f");
        row(b, "Retrieval recall@3", reports, s -> s.recallAt3(), "%.3f");
        row(b, "Retrieval recall@5", reports, s -> s.recallAt5(), "%.3f");
        row(b, "MRR", reports, s -> s.mrr(), "%.3f");
        row(b, "Citation accuracy", reports, s -> s.citationAccuracy(), "%.3f");
        row(b, "Latency p50 (ms)", reports, s -> s.latencyP50Ms(), "%.2f");
        row(b, "Latency p95 (ms)", reports, s -> s.latencyP95Ms(), "%.2f");
        b.append("</table><h2>F1 by category</h2>").append(chart(reports));
        if (!squad.isEmpty()) {
            b.append("<h2>Held-out SQuAD articles</h2><p><code>").append(esc(String.valueOf(squadFile.getFileName())))
                    .append("</code>: questions no one here wrote, on articles no one here read.</p><table><tr><th>wiring</th><th>mode</th>")
                    .append("<th>questions</th><th>EM</th><th>F1</th><th>HasAns F1</th><th>NoAns %</th><th>p95 ms</th></tr>");
            for (SquadEvaluation.Result r : squad) {
                b.append("<tr><td>").append(esc(r.wiring())).append("</td><td>").append(r.mode().name().toLowerCase(Locale.ROOT))
                        .append(String.format(Locale.ROOT, "</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td></tr>",
                                r.total(), r.exactMatch(), r.f1(), r.hasAnsF1(), r.noAnsExact(), r.p95Ms()));
            }
            b.append("</table>");
            if (squadRecall.questions() > 0) {
                b.append(String.format(Locale.ROOT, "<p>Article level, the hybrid retrieval ranks the answer's sentence first for"
                                + " %.1f%% of the %d answerable questions, among the top 3 for %.1f%% and the top %d for %.1f%%.</p>",
                        100 * squadRecall.recallAt1(), squadRecall.questions(), 100 * squadRecall.recallAt3(), RetrievalRecall.DEPTH,
                        100 * squadRecall.recallAt5()));
            }
        }
        b.append("<h2>Misses of the first wiring</h2><table class=\"miss\"><tr><th>id</th><th>category</th><th>question</th><th>answer</th><th>F1</th></tr>");
        for (ItemResult r : reports.get(0).items()) {
            boolean miss = r.answerable() ? r.f1() < 1 : !r.abstained();
            if (miss) {
                b.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(esc(r.category())).append("</td><td>")
                        .append(esc(r.question())).append("</td><td>").append(esc(r.prediction())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.2f", r.f1())).append("</td></tr>");
            }
        }
        return b.append("</table></body></html>\n").toString();
    }

    private static void row(StringBuilder b, String label, List<EvaluationRunner.WiringReport> reports,
                            java.util.function.ToDoubleFunction<Scores> metric, String format) {
        b.append("<tr><td>").append(esc(label)).append("</td>");
        reports.forEach(r -> b.append("<td>").append(String.format(Locale.ROOT, format, metric.applyAsDouble(r.overall()))).append("</td>"));
        b.append("</tr>");
    }

    /** Grouped bars: one group per category, one bar per wiring. */
    private static String chart(List<EvaluationRunner.WiringReport> reports) {
        List<String> categories = new ArrayList<>(new TreeSet<>(reports.get(0).byCategory().keySet()));
        categories.remove("unanswerable");
        int group = 18 * reports.size() + 14;
        int width = 60 + group * categories.size();
        int height = 260;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"F1 by category and wiring\" width=\"")
                .append(width).append("\" height=\"").append(height + 90).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int tick = 0; tick <= 100; tick += 25) {
            int y = 10 + height - tick * height / 100;
            svg.append("<line x1=\"40\" x2=\"").append(width).append("\" y1=\"").append(y).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#e2e8f0\"/><text x=\"5\" y=\"").append(y + 4).append("\" font-size=\"11\">")
                    .append(tick).append("</text>");
        }
        for (int c = 0; c < categories.size(); c++) {
            int x0 = 50 + c * group;
            for (int w = 0; w < reports.size(); w++) {
                Scores s = reports.get(w).byCategory().get(categories.get(c));
                double f1 = s == null ? 0 : s.f1();
                int h = (int) Math.round(f1 * height / 100);
                svg.append("<rect x=\"").append(x0 + w * 18).append("\" y=\"").append(10 + height - h).append("\" width=\"16\" height=\"")
                        .append(h).append("\" fill=\"").append(COLOURS[w % COLOURS.length]).append("\"><title>")
                        .append(esc(reports.get(w).wiring() + " / " + categories.get(c))).append(String.format(Locale.ROOT, ": F1 %.1f", f1))
                        .append("</title></rect>");
            }
            svg.append("<text x=\"").append(x0).append("\" y=\"").append(height + 28).append("\" font-size=\"11\" transform=\"rotate(30 ")
                    .append(x0).append(' ').append(height + 28).append(")\">").append(esc(categories.get(c))).append("</text>");
        }
        svg.append("</svg><p>");
        for (int w = 0; w < reports.size(); w++) {
            svg.append("<span style=\"color:").append(COLOURS[w % COLOURS.length]).append("\">&#9632;</span> ")
                    .append(esc(reports.get(w).wiring())).append("&nbsp;&nbsp; ");
        }
        return svg.append("</p>").toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
