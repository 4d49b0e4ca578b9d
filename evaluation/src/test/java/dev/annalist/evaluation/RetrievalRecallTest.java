package dev.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SentenceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrievalRecallTest {
    private static ScoredSentence hit(int start, int end, int rank) {
        SentenceRecord s = new SentenceRecord("a#" + rank, "a", rank, 0, new Span(start, end), "s", List.of(), List.of(),
                List.of(), List.of());
        return new ScoredSentence(s, 1.0 / rank, rank);
    }

    @Test
    void ranksTheFirstHitWhoseSentenceHoldsAnAnswerStart() {
        List<ScoredSentence> hits = List.of(hit(0, 50, 1), hit(100, 150, 2), hit(200, 250, 3));
        assertThat(RetrievalRecall.rank(hits, List.of(120))).isEqualTo(2);
        assertThat(RetrievalRecall.rank(hits, List.of(230, 10))).as("any of the golds").isEqualTo(1);
        assertThat(RetrievalRecall.rank(hits, List.of(150))).as("a sentence's end is outside it").isZero();
        assertThat(RetrievalRecall.rank(List.of(), List.of(5))).isZero();
    }

    @Test
    void countsRecallAtEachDepthOverTheQuestionsTallied() {
        RetrievalRecall r = RetrievalRecall.NONE.with(1).with(3).with(5).with(0);
        assertThat(r.questions()).isEqualTo(4);
        assertThat(r.recallAt1()).isEqualTo(0.25);
        assertThat(r.recallAt3()).isEqualTo(0.5);
        assertThat(r.recallAt5()).isEqualTo(0.75);
        assertThat(r.figures()).as("as the JSON reports write it").containsEntry("questions", 4).containsEntry("recallAt3", 0.5);
        assertThat(RetrievalRecall.NONE.recallAt3()).as("no questions, no division by zero").isZero();
    }
}
