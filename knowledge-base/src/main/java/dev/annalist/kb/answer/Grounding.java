package dev.annalist.kb.answer;

import dev.annalist.kb.reader.ReadSpan;
import dev.annalist.kb.store.SentenceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weighs the reader's spans by whether their sentence speaks of what the question names (naming it,
 * carrying it on from the sentence before, or spelling one of its names): a span from a sentence that
 * does not loses {@code penalty} from its margin, so "when was Orel liberated" prefers a date the account
 * gives for Orel to one it gives for another town, yet a sentence that says "the school" for the
 * question's "private school" can still answer. An infinite penalty drops such spans; 0 ignores grounding.
 */
final class Grounding {
    private final double penalty;

    Grounding(double penalty) {
        if (!(penalty >= 0)) {
            throw new IllegalArgumentException("the ungrounded penalty is a margin of 0 or more, not " + penalty);
        }
        this.penalty = penalty;
    }

    /** The spans, best margin first after the penalty; all of them when the question names nothing particular. */
    List<ReadSpan> weigh(List<ReadSpan> spans, List<String> focus, AnswerContext ctx) {
        if (focus.isEmpty() || penalty == 0) {
            return spans;
        }
        List<ReadSpan> weighed = new ArrayList<>();
        for (ReadSpan span : spans) {
            SentenceRecord s = span.window().sentenceAt(span.start());
            if (focus.stream().anyMatch(id -> ctx.speaksOf(s, id))) {
                weighed.add(span);
            } else if (Double.isFinite(penalty)) {
                weighed.add(span.lowered(penalty));
            }
        }
        weighed.sort(Comparator.comparingDouble(ReadSpan::margin).reversed());
        return weighed;
    }
}
