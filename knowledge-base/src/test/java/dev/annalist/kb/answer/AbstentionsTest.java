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
    void theAuxiliaryGoesBeforeTheVerbItBelongsTo() {
        assertThat(Abstentions.notFound(q("What was the 9th Brigade doing when it met the enemy?")))
                .isEqualTo("I could not find in the account what the 9th Brigade was doing when it met the enemy.");
        assertThat(Abstentions.notFound(q("Why were the left-hand formations stopped on 6 May?")))
                .isEqualTo("I could not find in the account why the left-hand formations were stopped on 6 May.");
        assertThat(Abstentions.notFound(q("What had the defenders moved into the village?")))
                .isEqualTo("I could not find in the account what the defenders had moved into the village.");
    }

    @Test
    void aVerbTaggedByTheAnalysisCountsThoughItHasNoParticipleEnding() {
        QuestionAnalysis sent = new QuestionAnalysis("Where were the reserves sent?", "where", AnswerType.PLACE, false,
                List.of(), Set.of("reserv", "sent"), Set.of("sent"), null, List.of());
        assertThat(Abstentions.notFound(sent)).isEqualTo("I could not find in the account where the reserves were sent.");
    }

    @Test
    void aPronounSubjectTakesTheAuxiliaryRightAfterIt() {
        assertThat(Abstentions.notFound(q("Which army was it part of?")))
                .isEqualTo("I could not find in the account which army it was part of.");
    }

    @Test
    void aQuestionWhoseWhWordIsTheSubjectKeepsItsOrder() {
        assertThat(Abstentions.notFound(q("What was nearing the river by 23 May?")))
                .isEqualTo("I could not find in the account what was nearing the river by 23 May.");
    }

    @Test
    void aLongQuestionWithoutAVerbIsQuotedRatherThanGarbled() {
        assertThat(Abstentions.notFound(q("Why was the railway station important to the defenders?")))
                .isEqualTo("I could not find the answer to \"Why was the railway station important to the defenders?\" in the account.");
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
