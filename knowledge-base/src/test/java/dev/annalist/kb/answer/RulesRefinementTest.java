package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the typed rules' answer may take the place of the reader's span from the same sentence. */
class RulesRefinementTest {
    private final RulesRefinement refining = new RulesRefinement(true, 0.5);

    @Test
    void aSureSpanIsRefinedToTheWholeMentionItCuts() {
        assertThat(refining.mayReplace("General Ivan Boldin", "Boldin", 0.9, false)).isTrue();
        assertThat(refining.mayReplace("1942-01-21", "21 January", 0.9, false)).as("the same date, written as ISO")
                .isTrue();
    }

    @Test
    void aSureSpanIsNotSwappedForAnotherPhraseOfItsSentence() {
        assertThat(refining.mayReplace("the 50th Army", "General Ivan Boldin", 0.9, false)).isFalse();
    }

    @Test
    void aListQuestionTakesTheRulesListEvenWhereTheReaderIsSure() {
        assertThat(refining.mayReplace("the 49th, 50th and 10th Armies", "Boldin", 0.9, true)).isTrue();
    }

    @Test
    void whereTheReaderIsUnsureTheRulesMayAnswerInstead() {
        assertThat(refining.mayReplace("the 50th Army", "General Ivan Boldin", 0.3, false)).isTrue();
    }

    @Test
    void switchedOffAnyRulesAnswerFromTheSentenceReplacesTheSpan() {
        assertThat(new RulesRefinement(false, 0.5).mayReplace("the 50th Army", "General Ivan Boldin", 0.9, false))
                .isTrue();
    }
}
