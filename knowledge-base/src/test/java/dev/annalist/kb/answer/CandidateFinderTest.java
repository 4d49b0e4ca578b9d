package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.store.Knowledge;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {
    private static final AnswerContext CTX = new AnswerContext(Knowledge.EMPTY);

    private static boolean repeats(String question, String candidate) {
        return CandidateFinder.repeatsTheQuestion(CTX.analyzer.analyze(question),
                new Candidate(candidate, null, null, 0, candidate.length(), List.of()), CTX);
    }

    @Test
    void aCutMostlyOfTheQuestionsOwnWordsIsNoAnswer() {
        assertThat(repeats("What was the first landing of the northern fleet?", "together with the northern fleet landing")).isTrue();
        assertThat(repeats("What did the northern fleet land?", "two marine brigades of the fleet")).isFalse();
    }
}
