package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.entity.EntityLexicon;
import dev.annalist.kb.nlp.NlpModels;
import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.nlp.TokenAnalyzer;
import dev.annalist.kb.store.SentenceRecord;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clauses cut by the form of the question, on sentences about a made-up naval campaign. */
class ClauseExtractorTest {
    private static final TokenAnalyzer TOKENS = new TokenAnalyzer(NlpModels.get());
    private static final QuestionAnalyzer QUESTIONS = new QuestionAnalyzer(new EntityLexicon(List.of()), Set.of());

    private static DescriptionAsk ask(String question) {
        return DescriptionAsk.of(TOKENS.analyze(question, new Span(0, question.length())));
    }

    private static String cut(String question, String sentence) {
        SentenceRecord record = new SentenceRecord("t#0", "t", 0, 0, new Span(0, sentence.length()), sentence,
                List.of(), List.of(), List.of(), List.of());
        List<Candidate> found = new ClauseExtractor().find(ask(question), QUESTIONS.analyze(question),
                new ClauseExtractor.Sentence(sentence, record, TOKENS.analyze(sentence, record.span())));
        return found.isEmpty() ? null : found.get(0).text();
    }

    @Test
    void readsWhatTheQuestionAsksForFromItsForm() {
        assertThat(ask("What kind of weather did the fleet meet?")).isEqualTo(new DescriptionAsk(DescriptionAsk.Kind.MODIFIER, "weather"));
        assertThat(ask("What did the engineers build?").kind()).isEqualTo(DescriptionAsk.Kind.OBJECT);
        assertThat(ask("What was approaching the harbour?").kind()).isEqualTo(DescriptionAsk.Kind.SUBJECT);
        assertThat(ask("What happened to the supply columns?").kind()).isEqualTo(DescriptionAsk.Kind.PREDICATE);
        assertThat(ask("How did the garrison resist the siege?").kind()).isEqualTo(DescriptionAsk.Kind.MANNER);
        assertThat(ask("Why was the convoy delayed?").kind()).isEqualTo(DescriptionAsk.Kind.REASON);
        assertThat(ask("Who was the admiral?").kind()).isEqualTo(DescriptionAsk.Kind.REST);
    }

    @Test
    void theObjectEndsWhereTheQuestionsOwnPhraseOrAnotherVerbBegins() {
        assertThat(cut("What did the engineers build across the Vistula?",
                "In March the engineers built a pontoon bridge across the Vistula and crossed it at night."))
                .isEqualTo("a pontoon bridge");
        assertThat(cut("What did the sappers turn the old mill into?",
                "The sappers turned the old mill into a depot for the whole corps."))
                .isEqualTo("a depot for the whole corps");
    }

    @Test
    void theSubjectStandsBeforeTheVerbWithoutTheDateTheQuestionRepeats() {
        assertThat(cut("What was approaching the harbour by 3 May?",
                "Meanwhile, by 3 May the enemy's second squadron was approaching the harbour."))
                .isEqualTo("the enemy's second squadron");
    }

    @Test
    void aQualifierIsCutWithItsNoun() {
        assertThat(cut("What kind of weather did the fleet meet?", "The fleet met heavy weather off the cape."))
                .isEqualTo("heavy weather");
        assertThat(cut("On which wing did the cavalry stand?", "The cavalry stood on the right-wing of the line."))
                .isEqualTo("right-wing");
        assertThat(cut("Along which road did the column retreat?", "The column retreated along the road linking Lyon and Dijon."))
                .isEqualTo("road linking Lyon and Dijon");
    }

    @Test
    void theObjectOfTheQuestionsMainVerbNotOfAnEarlierOne() {
        assertThat(cut("What had the enemy moved into the bay to stop them?",
                "On 6 June the landing craft were stopped by the enemy, who had moved two destroyers into the bay."))
                .isEqualTo("two destroyers");
    }

    @Test
    void predicateMannerAndCause() {
        assertThat(cut("What happened to the supply columns on the coast road?",
                "The supply columns on the coast road were cut off by partisans, who burned the bridges."))
                .isEqualTo("were cut off by partisans");
        assertThat(cut("How did the garrison defend the fort?", "The garrison defended stubbornly until the spring."))
                .isEqualTo("stubbornly");
        assertThat(cut("Why was the convoy delayed?",
                "The convoy was delayed by the navy, which had closed the strait to all shipping."))
                .isEqualTo("closed the strait to all shipping");
    }
}
