package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answerer's question forms on a made-up account of another operation: nothing is tied to the bundled one. */
class AnotherAccountAnswersTest {
    private static final String ACCOUNT = """
            Bukrin Crossing Operation

            Involving General Leytenant Pavel S. Rybalko’s 3rd Tank Army and General Leytenant Nikolai F. Vatutin’s 38th Army \
            of the Voronezh Front, the operation was intended to seize bridgeheads over the Dnieper river.

            At dawn on 22 September, the 3rd Tank Army crossed the Dnieper river near Bukrin and took Grigorovka.

            On 24 September, the mobile group (154th Division, 9th Tank Division, two batteries of a guards mortar battalion \
            and one engineer company) moved to the south toward Kanev.

            The 38th Army reached Rzhishchev to the north of Kanev.

            As a result of the operation, the Soviet forces liberated Rzhishchev, Bukrin and Kanev.
            """;

    @TempDir
    static Path dir;
    static KnowledgeBase kb;
    static ExtractiveAnswerer answerer;

    @BeforeAll
    static void open() throws Exception {
        kb = KnowledgeBase.open(dir.resolve("index"));
        kb.ingest(List.of(SourceDocument.plain("bukrin.txt", ACCOUNT)), List.of(), null);
        answerer = new ExtractiveAnswerer(kb::knowledge, kb.hybrid(), new ConversationMemory(100));
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    private static String ask(String question) {
        return answerer.answer(Question.of(question)).text();
    }

    @Test
    void aListRunsOnAcrossItemsThatAreNoNames() {
        assertThat(ask("Which formations made up the mobile group?"))
                .isEqualTo("154th Division, 9th Tank Division, two batteries of a guards mortar battalion and one engineer company");
    }

    @Test
    void aListOfTheStatedLengthAndWithoutTheNamesExcluded() {
        assertThat(ask("What 3 towns did the Soviet forces liberate?")).isEqualTo("Rzhishchev, Bukrin and Kanev");
        assertThat(ask("Which towns besides Rzhishchev and Bukrin did the Soviet forces liberate?")).isEqualTo("Kanev");
    }

    @Test
    void aSetAsideKindIsNoAnswer() {
        assertThat(ask("Apart from the tank division, which division was in the mobile group?")).isEqualTo("154th Division");
    }

    @Test
    void theQuestionsPrepositionPointsAtTheAnswerAndThatTownIsTheTownJustNamed() {
        assertThat(ask("Near which town did the 3rd Tank Army cross the Dnieper river?")).isEqualTo("Bukrin");
        assertThat(answerer.answer(new Question("Which town did the 38th Army reach?", "s1")).text()).isEqualTo("Rzhishchev");
        assertThat(answerer.answer(new Question("Where is that town relative to Kanev?", "s1")).text()).isEqualTo("north");
    }

    @Test
    void timeOfDayAndBearing() {
        assertThat(ask("At what time of day did the 3rd Tank Army cross the Dnieper?")).isEqualTo("dawn");
        assertThat(ask("Where does Rzhishchev lie relative to Kanev?")).isEqualTo("north");
    }
}
