package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer chain with the committed reader: plain questions that the hand rules got wrong, on the
 * bundled account and the same kinds on a made-up account of another operation.
 */
class AnswerChainTest {
    @TempDir
    static Path dir;

    private static Answer ask(Answerer answerer, String question) {
        return answerer.answer(Question.of(question));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BundledAccount {
        KnowledgeBase kb;
        Answerer chain;

        @BeforeAll
        void open() throws Exception {
            kb = KnowledgeBase.open(dir.resolve("bundled"));
            kb.ensureContent();
            chain = kb.answerer(new ConversationMemory(100));
        }

        @AfterAll
        void close() throws Exception {
            kb.close();
        }

        @Test
        void whoWasAPersonTellsRankAndCommandFromTheEntityCard() {
            Answer a = ask(chain, "Who was Boldin?");
            assertThat(a.abstained()).isFalse();
            assertThat(a.text()).contains("Boldin", "General Leytenant", "50th Army").doesNotContain("Zakharkin");
            assertThat(a.citations()).isNotEmpty();
            assertThat(a.citations().get(0).text()).contains("Boldin");
        }

        @Test
        void aSynonymOfTheVerbTheAccountUses() {
            Answer a = ask(chain, "When was Kaluga retaken?");
            assertThat(a.abstained()).isFalse();
            assertThat(a.text()).contains("30 December");
            assertThat(a.citations().get(0).text()).contains("30 December");
        }

        @Test
        void whatHappenedOnADayIsThatDaysEventsInWholeSentences() {
            Answer a = ask(chain, "What happened on 21 December?");
            assertThat(a.abstained()).isFalse();
            assertThat(a.text()).startsWith("On the morning of 21 December").contains("bridge over the Oka");
            assertThat(a.text()).doesNotStartWith(",");
        }

        @Test
        void tellMeAboutTheOperationIsASummaryWithCitations() {
            Answer a = ask(chain, "Tell me about the operation");
            assertThat(a.abstained()).isFalse();
            assertThat(a.text()).contains("Kaluga Offensive Operation").doesNotContain("does not say");
            assertThat(a.citations()).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void citationsPointAtTheAccountsOwnCharacters() {
            Answer a = ask(chain, "Which army liberated Aleksin?");
            assertThat(a.abstained()).isFalse();
            Citation c = a.citations().get(0);
            String account = kb.knowledge().accounts().get(0).text();
            assertThat(account.substring(c.start(), c.end()).replaceAll("\\s+", " ")).isEqualTo(c.text());
            assertThat(c.text()).contains(a.text());
        }

        @Test
        void anAbstentionIsASentenceNotAnEcho() {
            Answer a = ask(chain, "When was Smolensk liberated?");
            assertThat(a.abstained()).isTrue();
            assertThat(a.text()).startsWith("I could not find in the account when Smolensk was liberated");
        }

        @Test
        void anOverlongQuestionIsCutNotACrash() {
            Answer a = ask(chain, "When was Kaluga liberated? " + "Please answer carefully and briefly. ".repeat(200));
            assertThat(a.text()).isNotBlank();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MadeUpAccount {
        private static final String ACCOUNT = """
                Bukrin Crossing Operation

                Involving General Leytenant Pavel S. Rybalko’s 3rd Tank Army and General Leytenant Nikolai F. Vatutin’s 38th Army \
                of the Voronezh Front, the operation was intended to seize bridgeheads over the Dnieper river from the German \
                forces of Generaloberst Hermann Hoth’s 4th Panzerarmee.

                At dawn on 22 September 1943, the 3rd Tank Army crossed the Dnieper river near Bukrin and took Grigorovka.

                On 24 September, the mobile group (154th Division, 9th Tank Division, two batteries of a guards mortar battalion \
                and one engineer company) moved to the south toward Kanev.

                The 38th Army reached Rzhishchev to the north of Kanev on 26 September.

                On 28 September the 27th Army liberated Cherkassy. The 52nd Army liberated Zolotonosha.

                The 40th Army held its positions near Pereyaslav.

                As a result of the operation, the Soviet forces liberated Rzhishchev, Bukrin and Kanev.
                """;
        KnowledgeBase kb;
        Answerer chain;

        @BeforeAll
        void open() throws Exception {
            kb = KnowledgeBase.open(dir.resolve("made-up"));
            kb.ingest(List.of(SourceDocument.plain("bukrin.txt", ACCOUNT)), List.of(), null);
            chain = kb.answerer(new ConversationMemory(100));
        }

        @AfterAll
        void close() throws Exception {
            kb.close();
        }

        @Test
        void whoWasAPerson() {
            Answer a = ask(chain, "Who was Rybalko?");
            assertThat(a.abstained()).isFalse();
            assertThat(a.text()).contains("General Leytenant");
            assertThat(a.citations().get(0).text()).contains("Rybalko");
        }

        @Test
        void whichGeneralCommandedAFormation() {
            assertThat(ask(chain, "Which German general commanded the 4th Panzerarmee?").text()).contains("Hoth");
        }

        @Test
        void aSynonymOfTheVerbTheAccountUses() {
            Answer a = ask(chain, "When was Grigorovka captured?");
            assertThat(a.text()).contains("22 September");
        }

        @Test
        void whatHappenedOnADay() {
            Answer a = ask(chain, "What happened on 24 September?");
            assertThat(a.text()).startsWith("On 24 September").contains("Kanev");
        }

        @Test
        void tellMeAboutTheOperation() {
            Answer a = ask(chain, "Tell me about the operation");
            assertThat(a.text()).contains("Rybalko").doesNotContain("does not say");
        }

        @Test
        void eachFormationGetsItsOwnTownThoughOneParagraphNamesBoth() {
            assertThat(ask(chain, "Which town did the 52nd Army liberate?").text()).contains("Zolotonosha").doesNotContain("Cherkassy");
            assertThat(ask(chain, "Which town did the 27th Army liberate?").text()).contains("Cherkassy").doesNotContain("Zolotonosha");
        }

        @Test
        void aDateIsNotGivenForATownItsSentenceDoesNotSpeakOf() {
            Answer a = ask(chain, "When was Pereyaslav liberated?");
            assertThat(a.text()).doesNotContain("September");
            assertThat(a.abstained() || a.citations().get(0).text().contains("Pereyaslav")).isTrue();
        }

        @Test
        void aQuestionTheAccountCannotAnswerIsDeclined() {
            Answer a = ask(chain, "How many aircraft supported the crossing?");
            assertThat(a.abstained()).isTrue();
            assertThat(a.text()).startsWith("I could not find");
        }
    }
}
