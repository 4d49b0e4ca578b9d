package dev.annalist.evaluation;

import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Citation;
import dev.annalist.kb.answer.Question;
import dev.annalist.kb.store.ScoredSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the reference set through a wiring. Follow-ups replay their earlier questions in the same
 * session first, so the bot resolves them from its own previous answers, as a user would see. The
 * set runs once to warm up, then again timed.
 */
public final class EvaluationRunner {
    /** The results of one wiring: overall scores, scores by category, and every item. */
    public record WiringReport(String wiring, Scores overall, Map<String, Scores> byCategory, List<ItemResult> items) {}

    public WiringReport run(ReferenceSet set, Wiring wiring) {
        runOnce(set, wiring, "warm-");
        List<ItemResult> items = runOnce(set, wiring, "");
        Map<String, List<ItemResult>> grouped = new TreeMap<>();
        items.forEach(r -> grouped.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
        Map<String, Scores> byCategory = new LinkedHashMap<>();
        grouped.forEach((category, results) -> byCategory.put(category, Scores.of(results)));
        return new WiringReport(wiring.name(), Scores.of(items), byCategory, items);
    }

    private static List<ItemResult> runOnce(ReferenceSet set, Wiring wiring, String sessionPrefix) {
        List<ItemResult> out = new ArrayList<>();
        for (ReferenceItem item : set.items()) {
            String session = sessionPrefix + wiring.name() + "/" + item.id();
            for (ReferenceItem.Turn turn : item.history()) {
                wiring.answerer().answer(new Question(turn.question(), session));
            }
            long started = System.nanoTime();
            Answer answer = wiring.answerer().answer(new Question(item.question(), session));
            long micros = (System.nanoTime() - started) / 1000;
            String prediction = answer.abstained() ? "" : answer.text();
            out.add(new ItemResult(item.id(), item.category(), item.answerable(), item.question(),
                    answer.abstained() ? answer.text() : prediction, answer.abstained(),
                    item.answerable() ? SquadMetrics.exactMatch(prediction, item.answers()) : 0,
                    item.answerable() ? SquadMetrics.f1(prediction, item.answers()) : 0,
                    item.answerable() ? evidenceRank(item, wiring) : 0,
                    item.answerable() && !answer.abstained() && citationHolds(answer, item),
                    micros));
        }
        return out;
    }

    /**
     * Where the wiring's retriever ranks the evidence sentence for the question; a follow-up is
     * retrieved with the conversation's earlier questions before it, as conversational search does.
     */
    private static int evidenceRank(ReferenceItem item, Wiring wiring) {
        String evidence = fold(item.evidence());
        StringBuilder query = new StringBuilder();
        item.history().forEach(turn -> query.append(turn.question()).append(' '));
        List<ScoredSentence> hits = wiring.retriever().retrieve(query.append(item.question()).toString(), 5);
        for (ScoredSentence hit : hits) {
            if (fold(hit.sentence().text()).equals(evidence)) {
                return hit.rank();
            }
        }
        return 0;
    }

    /**
     * The cited sentence is the evidence sentence, or holds one of the gold answers as whole words
     * ("one" or "Oka" inside another word does not count).
     */
    static boolean citationHolds(Answer answer, ReferenceItem item) {
        for (Citation c : answer.citations()) {
            String cited = fold(c.text());
            if (cited.equals(fold(item.evidence())) || item.answers().stream().anyMatch(a -> holdsWords(cited, fold(a)))) {
                return true;
            }
        }
        return false;
    }

    static boolean holdsWords(String text, String words) {
        return !words.isEmpty() && java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(words)
                + "(?![\\p{L}\\p{N}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(text).find();
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
