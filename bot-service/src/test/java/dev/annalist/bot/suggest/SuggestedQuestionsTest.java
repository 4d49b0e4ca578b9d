package dev.annalist.bot.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.answer.ExtractiveAnswerer;
import dev.annalist.kb.answer.Question;
import dev.annalist.kb.ingest.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions come from any account's facts, and only answerable ones are offered. */
class SuggestedQuestionsTest {
    private static final String ACCOUNT = "Operation Example\n\nOn 12 March 1943 General Leytenant Pavel A. Kurochkin’s "
            + "34th Army of the North-Western Front attacked toward Staraya Russa. Staraya Russa was liberated on "
            + "18 March. Lovat was reached on 20 March.";

    @Test
    void writesQuestionsFromAnotherAccountsFactsThatItsAnswererAnswers(@TempDir Path dir) throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            kb.ingest(List.of(SourceDocument.plain("example.txt", ACCOUNT)), List.of(), null);
            var answerer = new ExtractiveAnswerer(kb::knowledge, kb.hybrid(), new ConversationMemory(100));
            List<String> questions = new SuggestedQuestions(kb, answerer).questions(6);

            assertThat(questions).contains("Who commanded the 34th Army?", "When was Staraya Russa liberated?");
            assertThat(questions).allSatisfy(q ->
                    assertThat(answerer.answer(new Question(q, "check")).abstained()).as(q).isFalse());
            assertThat(new SuggestedQuestions(kb, answerer).questions(1)).hasSize(1);
        }
    }
}
