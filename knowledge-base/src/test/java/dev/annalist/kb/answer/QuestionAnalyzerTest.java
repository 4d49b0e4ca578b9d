package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.entity.EntityLexicon;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How question forms are read, on questions about a made-up campaign. */
class QuestionAnalyzerTest {
    private static final QuestionAnalyzer QUESTIONS = new QuestionAnalyzer(new EntityLexicon(List.of()),
            Set.of("harbour", "fleet", "squadron"));

    @Test
    void aWhenClauseAfterAnotherWhWordDoesNotMakeADateQuestion() {
        assertThat(QUESTIONS.analyze("What was the fleet doing when the storm broke?").type()).isEqualTo(AnswerType.DESCRIPTION);
        assertThat(QUESTIONS.analyze("When did the fleet sail?").type()).isEqualTo(AnswerType.DATE);
        assertThat(QUESTIONS.analyze("At what time of day did the fleet sail?").type()).isEqualTo(AnswerType.DATE);
    }

    @Test
    void wordsOfTheQuestionsFormAreNotContent() {
        assertThat(QUESTIONS.analyze("How far did the squadron sail?").contentStems()).doesNotContain("far");
        assertThat(QUESTIONS.analyze("Where does the harbour lie relative to the cape?").contentStems())
                .doesNotContain("lie", "rel", "relat");
        assertThat(QUESTIONS.analyze("What was the fleet doing?").contentStems()).doesNotContain("do");
    }

    @Test
    void aMisspeltKindOfPlaceIsThatKind() {
        assertThat(QUESTIONS.analyze("near which vilage did the fleet anchor").type()).isEqualTo(AnswerType.PLACE);
    }
}
