package dev.annalist.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.Question;
import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.retrieve.Retriever;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Any SQuAD v1.1 or v2.0 file, scored like the official script (EM, F1, HasAns/NoAns). Each article
 * becomes one account in a fresh knowledge base. In article mode every question is answered against
 * the whole article (retrieval and reader, as a user meets it); in paragraph mode the reader reads the
 * question's own paragraph (as SQuAD's leaderboard measures a reader). Several wirings run in one
 * pass (see {@link SquadWirings}); scores come overall, by article and by question type.
 */
public final class SquadEvaluation {
    public enum Mode { ARTICLE, PARAGRAPH }

    /** Official-style scores over a group of questions. */
    public record Score(int total, double exactMatch, double f1, int hasAns, double hasAnsExact, double hasAnsF1,
                        int noAns, double noAnsExact) {}

    /** One wiring's predictions, its scores overall, by article and by question type, and its latency. */
    public record Result(String wiring, Mode mode, Map<String, String> predictions, Score overall,
                         Map<String, Score> byArticle, Map<String, Score> byType, double p50Ms, double p95Ms,
                         List<Scored> questions) {
        public int total() {
            return overall.total();
        }

        public double f1() {
            return overall.f1();
        }

        public double exactMatch() {
            return overall.exactMatch();
        }

        public int hasAns() {
            return overall.hasAns();
        }

        public double hasAnsF1() {
            return overall.hasAnsF1();
        }

        public double hasAnsExact() {
            return overall.hasAnsExact();
        }

        public int noAns() {
            return overall.noAns();
        }

        public double noAnsExact() {
            return overall.noAnsExact();
        }
    }

    /**
     * One scored question: its article, type, whether it has an answer, EM and F1 of what was said,
     * the answer's confidence, whether it abstained, the time, and for a chain wiring the
     * {@link dev.annalist.kb.answer.AbstentionEvidence} its abstention decision saw and the confidence that
     * decision gave the reader's spans (null and NaN where none was taken: a chat answer, nothing read).
     */
    public record Scored(String id, String article, String type, boolean answerable, double em, double f1,
                         double confidence, boolean abstained, long micros, double[] evidence, double readerConfidence) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private RetrievalRecall recall = RetrievalRecall.NONE;

    /** The full chain in article mode: the product as a user meets it. */
    public Result run(Path dataset, String article, PrintStream progress) throws IOException {
        return run(dataset, article, Mode.ARTICLE, List.of(SquadWirings.FULL), progress).get(0);
    }

    public List<Result> run(Path dataset, String article, Mode mode, List<String> wirings, PrintStream progress)
            throws IOException {
        JsonNode root = read(dataset);
        recall = RetrievalRecall.NONE;
        Map<String, Map<String, String>> predictions = new LinkedHashMap<>();
        Map<String, List<Scored>> scored = new LinkedHashMap<>();
        for (String w : wirings) {
            predictions.put(w, new LinkedHashMap<>());
            scored.put(w, new ArrayList<>());
        }
        boolean any = false;
        for (JsonNode a : root.path("data")) {
            String title = a.path("title").asText("article");
            if (article != null && !article.equals(title)) {
                continue;
            }
            any = true;
            answerArticle(a, title, mode, wirings, predictions, scored, progress);
        }
        if (!any || scored.values().iterator().next().isEmpty()) {
            throw new IOException(article == null ? "the file has no questions" : "no article titled '" + article + "'");
        }
        List<Result> results = new ArrayList<>();
        for (String w : wirings) {
            List<Scored> all = scored.get(w);
            Map<String, Score> byArticle = new LinkedHashMap<>();
            Map<String, Score> byType = new java.util.TreeMap<>();
            group(all, Scored::article).forEach((k, v) -> byArticle.put(k, score(v)));
            group(all, Scored::type).forEach((k, v) -> byType.put(k, score(v)));
            long[] micros = all.stream().mapToLong(Scored::micros).sorted().toArray();
            results.add(new Result(w, mode, predictions.get(w), score(all), byArticle, byType,
                    percentile(micros, 0.5), percentile(micros, 0.95), List.copyOf(all)));
        }
        return results;
    }

    private static JsonNode read(Path dataset) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(dataset.toFile());
        } catch (IOException e) {
            throw new IOException("not a SQuAD JSON file: " + dataset + " (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.path("data").isArray()) {
            throw new IOException("not a SQuAD file: " + dataset + " has no \"data\" array");
        }
        return root;
    }

    /**
     * Where the hybrid retrieval ranked the answer's sentence for the answerable questions of the last
     * article-mode run (before the chain adds the names it knows of to the query); none after a paragraph run.
     */
    public RetrievalRecall retrievalRecall() {
        return recall;
    }

    private void answerArticle(JsonNode article, String title, Mode mode, List<String> wirings,
                                      Map<String, Map<String, String>> predictions, Map<String, List<Scored>> scored,
                                      PrintStream progress) throws IOException {
        StringBuilder text = new StringBuilder();
        List<int[]> paragraphs = new ArrayList<>();
        for (JsonNode p : article.path("paragraphs")) {
            int start = text.length();
            text.append(p.path("context").asText());
            paragraphs.add(new int[] {start, text.length()});
            text.append("\n\n");
        }
        Path index = Files.createTempDirectory("annalist-squad");
        long started = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.open(index)) {
            kb.ingest(List.of(SourceDocument.plain(title + ".txt", text.toString())), List.of(), null);
            SquadWirings.Focus focus = new SquadWirings.Focus(kb);
            SquadWirings.EvidenceRecorder recorder = new SquadWirings.EvidenceRecorder();
            Map<String, Answerer> answerers = new LinkedHashMap<>();
            for (String w : wirings) {
                answerers.put(w, SquadWirings.answerer(w, mode, kb, focus, recorder));
            }
            Retriever hybrid = kb.hybrid(); // one for the article: its entity index is built once
            int count = 0;
            int p = 0;
            for (JsonNode paragraph : article.path("paragraphs")) {
                int paragraphStart = paragraphs.get(p)[0];
                focus.paragraph(paragraphStart, paragraphs.get(p)[1]);
                p++;
                for (JsonNode qa : paragraph.path("qas")) {
                    String question = qa.path("question").asText();
                    List<String> golds = new ArrayList<>();
                    qa.path("answers").forEach(g -> golds.add(g.path("text").asText()));
                    boolean answerable = !qa.path("is_impossible").asBoolean(false) && !golds.isEmpty();
                    if (answerable && mode == Mode.ARTICLE) {
                        List<Integer> starts = new ArrayList<>();
                        qa.path("answers").forEach(g -> starts.add(paragraphStart + g.path("answer_start").asInt()));
                        recall = recall.with(RetrievalRecall.rank(hybrid.retrieve(question, RetrievalRecall.DEPTH), starts));
                    }
                    for (String w : wirings) {
                        long t = System.nanoTime();
                        Answer answer = answerers.get(w).answer(Question.of(question));
                        long micros = (System.nanoTime() - t) / 1000;
                        SquadWirings.EvidenceRecorder.Decision decision = recorder.take();
                        String prediction = answer.abstained() ? "" : answer.text();
                        predictions.get(w).put(qa.path("id").asText(), prediction);
                        double em = answerable ? SquadMetrics.exactMatch(prediction, golds) : prediction.isEmpty() ? 1 : 0;
                        double f1 = answerable ? SquadMetrics.f1(prediction, golds) : em;
                        scored.get(w).add(new Scored(qa.path("id").asText(), title, questionType(question), answerable,
                                em, f1, answer.confidence(), answer.abstained(), micros,
                                decision == null ? null : decision.evidence(), decision == null ? Double.NaN : decision.readerConfidence()));
                    }
                    count++;
                }
            }
            if (progress != null) {
                progress.printf(Locale.ROOT, "%s: %d questions, %d wirings, %.0f s%n", title, count, wirings.size(),
                        (System.nanoTime() - started) / 1e9);
            }
        } finally {
            try (Stream<Path> files = Files.walk(index)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static final List<String> TYPES = List.of("how many", "how much", "what", "which", "who", "whom", "whose",
            "when", "where", "why", "how");

    /** The question's first wh-word ("how many" and "how much" apart), or "other". */
    static String questionType(String question) {
        String lower = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ") + " ";
        int best = Integer.MAX_VALUE;
        String type = "other";
        for (String t : TYPES) {
            int at = lower.indexOf(" " + t + " ");
            if (at >= 0 && at < best) {
                best = at;
                type = t;
            }
        }
        return type;
    }

    private static Map<String, List<Scored>> group(List<Scored> all, java.util.function.Function<Scored, String> key) {
        Map<String, List<Scored>> out = new LinkedHashMap<>();
        all.forEach(s -> out.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return out;
    }

    private static Score score(List<Scored> items) {
        List<Scored> has = items.stream().filter(Scored::answerable).toList();
        List<Scored> no = items.stream().filter(s -> !s.answerable()).toList();
        double em = items.stream().mapToDouble(Scored::em).sum();
        double f1 = items.stream().mapToDouble(Scored::f1).sum();
        return new Score(items.size(), pct(em, items.size()), pct(f1, items.size()), has.size(),
                pct(has.stream().mapToDouble(Scored::em).sum(), has.size()), pct(has.stream().mapToDouble(Scored::f1).sum(), has.size()),
                no.size(), pct(no.stream().mapToDouble(Scored::em).sum(), no.size()));
    }

    private static double pct(double sum, int n) {
        return n == 0 ? 0 : 100 * sum / n;
    }

    private static double percentile(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1);
        return sortedMicros[Math.max(0, i)] / 1000.0;
    }

    public void writePredictions(Result result, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result.predictions());
    }
}
