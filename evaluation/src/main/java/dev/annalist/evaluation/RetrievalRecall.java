package dev.annalist.evaluation;

import dev.annalist.kb.store.ScoredSentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where retrieval ranked the sentence that holds a gold answer, over a run's answerable questions: the
 * reader only sees windows around the best few sentences, so an answer ranked below them is lost
 * before the reader starts.
 */
public record RetrievalRecall(int questions, int at1, int at3, int at5) {
    /** How deep the ranks are looked at: the chain anchors its windows on this many sentences. */
    static final int DEPTH = 5;
    static final RetrievalRecall NONE = new RetrievalRecall(0, 0, 0, 0);

    /** The 1-based rank of the first hit whose sentence holds one of the answers' starts, or 0 if none does. */
    static int rank(List<ScoredSentence> hits, List<Integer> answerStarts) {
        for (int i = 0; i < hits.size(); i++) {
            var span = hits.get(i).sentence().span();
            if (answerStarts.stream().anyMatch(s -> s >= span.start() && s < span.end())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** This tally with one more question whose answer was ranked {@code rank} (0: not in the top {@link #DEPTH}). */
    RetrievalRecall with(int rank) {
        boolean found = rank > 0;
        return new RetrievalRecall(questions + 1, at1 + (found && rank <= 1 ? 1 : 0), at3 + (found && rank <= 3 ? 1 : 0),
                at5 + (found && rank <= DEPTH ? 1 : 0));
    }

    double recallAt1() {
        return share(at1);
    }

    double recallAt3() {
        return share(at3);
    }

    double recallAt5() {
        return share(at5);
    }

    private double share(int count) {
        return questions == 0 ? 0 : count / (double) questions;
    }

    /** The figures as the JSON reports write them. */
    Map<String, Object> figures() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", questions);
        out.put("recallAt1", recallAt1());
        out.put("recallAt3", recallAt3());
        out.put("recallAt5", recallAt5());
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "R@1 %.3f, R@3 %.3f, R@5 %.3f over %d answerable questions",
                recallAt1(), recallAt3(), recallAt5(), questions);
    }
}
