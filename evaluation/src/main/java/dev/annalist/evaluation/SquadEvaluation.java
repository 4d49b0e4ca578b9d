package dev.annalist.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.answer.ExtractiveAnswerer;
import dev.annalist.kb.answer.Question;
import dev.annalist.kb.ingest.SourceDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Any SQuAD v1.1 or v2.0 file: each article's paragraphs become one account in a fresh knowledge
 * base, every question is answered against the whole article, and the predictions are scored like
 * the official script (EM, F1, and HasAns/NoAns for v2.0).
 */
public final class SquadEvaluation {
    /** Scores over all questions, those with answers, and those without (v2.0 only). */
    public record Result(Map<String, String> predictions, int total, double exactMatch, double f1, int hasAns,
                         double hasAnsExact, double hasAnsF1, int noAns, double noAnsExact) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Result run(Path dataset, String article, PrintStream progress) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(dataset.toFile());
        } catch (IOException e) {
            throw new IOException("not a SQuAD JSON file: " + dataset + " (" + e.getMessage() + ")", e);
        }
        if (!root.path("data").isArray()) {
            throw new IOException("not a SQuAD file: " + dataset + " has no \"data\" array");
        }
        Map<String, String> predictions = new LinkedHashMap<>();
        List<double[]> hasAns = new ArrayList<>();
        List<Double> noAns = new ArrayList<>();
        for (JsonNode a : root.path("data")) {
            String title = a.path("title").asText("article");
            if (article != null && !article.equals(title)) {
                continue;
            }
            answerArticle(a, title, predictions, hasAns, noAns, progress);
        }
        int total = hasAns.size() + noAns.size();
        if (total == 0) {
            throw new IOException(article == null ? "the file has no questions" : "no article titled '" + article + "'");
        }
        double hasEm = hasAns.stream().mapToDouble(s -> s[0]).sum();
        double hasF1 = hasAns.stream().mapToDouble(s -> s[1]).sum();
        double noEm = noAns.stream().mapToDouble(Double::doubleValue).sum();
        return new Result(predictions, total, 100 * (hasEm + noEm) / total, 100 * (hasF1 + noEm) / total,
                hasAns.size(), hasAns.isEmpty() ? 0 : 100 * hasEm / hasAns.size(), hasAns.isEmpty() ? 0 : 100 * hasF1 / hasAns.size(),
                noAns.size(), noAns.isEmpty() ? 0 : 100 * noEm / noAns.size());
    }

    private static void answerArticle(JsonNode article, String title, Map<String, String> predictions,
                                      List<double[]> hasAns, List<Double> noAns, PrintStream progress) throws IOException {
        StringBuilder text = new StringBuilder();
        for (JsonNode p : article.path("paragraphs")) {
            text.append(p.path("context").asText()).append("\n\n");
        }
        Path index = Files.createTempDirectory("annalist-squad");
        try (KnowledgeBase kb = KnowledgeBase.open(index)) {
            kb.ingest(List.of(SourceDocument.plain(title + ".txt", text.toString())), List.of(), null);
            ExtractiveAnswerer answerer = new ExtractiveAnswerer(kb::knowledge, kb.hybrid(), new ConversationMemory(1));
            int count = 0;
            for (JsonNode p : article.path("paragraphs")) {
                for (JsonNode qa : p.path("qas")) {
                    Answer answer = answerer.answer(Question.of(qa.path("question").asText()));
                    String prediction = answer.abstained() ? "" : answer.text();
                    predictions.put(qa.path("id").asText(), prediction);
                    List<String> golds = new ArrayList<>();
                    qa.path("answers").forEach(g -> golds.add(g.path("text").asText()));
                    if (qa.path("is_impossible").asBoolean(false) || golds.isEmpty()) {
                        noAns.add(prediction.isEmpty() ? 1.0 : 0.0);
                    } else {
                        hasAns.add(new double[] {SquadMetrics.exactMatch(prediction, golds), SquadMetrics.f1(prediction, golds)});
                    }
                    count++;
                }
            }
            if (progress != null) {
                progress.printf("%s: %d questions%n", title, count);
            }
        } finally {
            try (Stream<Path> files = Files.walk(index)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    public void writePredictions(Result result, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result.predictions());
    }
}
