package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An abstention reads as a sentence about the account, never as the question echoed back. */
class AbstentionsTest {
    private static QuestionAnalysis q(String text) {
        return new QuestionAnalysis(text, "", AnswerType.DESCRIPTION, false, List.of(), Set.of(), Set.of(), null, List.of());
    }

    @Test
    void aPassiveQuestionBecomesAnIndirectOne() {
        assertThat(Abstentions.notFound(q("When was Orel retaken?"))).isEqualTo("I could not find in the account when Orel was retaken.");
    }

    @Test
    void aQuestionWithoutAParticipleEndsOnItsVerb() {
        assertThat(Abstentions.notFound(q("Who was Vasilyev?"))).isEqualTo("I could not find in the account who Vasilyev was.");
        assertThat(Abstentions.notFound(q("Who commanded the 7th Army?")))
                .isEqualTo("I could not find in the account who commanded the 7th Army.");
    }

    @Test
    void aDidQuestionIsQuotedRatherThanMisinflected() {
        assertThat(Abstentions.notFound(q("When did the bridge fall?")))
                .isEqualTo("I could not find the answer to \"When did the bridge fall?\" in the account.");
    }

    @Test
    void aRequestThatIsNoQuestionIsNotEchoed() {
        assertThat(Abstentions.notFound(q("Tell me about the weather"))).isEqualTo("I could not find an answer to that in the account.");
    }
}
