package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.entity.Levenshtein;
import dev.annalist.kb.ingest.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that differ only by digits are different names: typo tolerance never changes or drops a digit. */
class DigitNamesTest {
    @TempDir
    static Path dir;
    static KnowledgeBase kb;
    static Answerer answerer;

    @BeforeAll
    static void open() throws Exception {
        kb = KnowledgeBase.open(dir.resolve("index"));
        kb.ingest(List.of(SourceDocument.plain("one.txt", "Crashville1 was liberated on 1 April 1943.\n"),
                SourceDocument.plain("ten.txt", "Crashville10 was liberated on 10 April 1943.\n")), List.of(), null);
        answerer = kb.answerer(new ConversationMemory(10));
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    @Test
    void eachNameGetsItsOwnDate() {
        assertThat(answerer.answer(Question.of("When was Crashville10 liberated?")).text()).contains("10 April 1943");
        assertThat(answerer.answer(Question.of("When was Crashville1 liberated?")).text()).contains("1 April 1943")
                .doesNotContain("10 April");
    }

    @Test
    void aTypoInTheLettersIsStillForgivenButNotOneInTheDigits() {
        assertThat(Levenshtein.typo("crashvile10", "crashville10")).isEqualTo(1);
        assertThat(Levenshtein.typo("crashville1", "crashville10")).isEqualTo(Integer.MAX_VALUE);
        assertThat(Levenshtein.typo("crashville12", "crashville21")).isEqualTo(Integer.MAX_VALUE);
    }
}
