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

/** What a user asking about the bundled account gets from the offline answerer. */
class ExtractiveAnswererTest {
    @TempDir
    static Path dir;
    static KnowledgeBase kb;
    static ExtractiveAnswerer answerer;

    @BeforeAll
    static void open() throws Exception {
        kb = KnowledgeBase.open(dir.resolve("index"));
        kb.ensureContent();
        answerer = new ExtractiveAnswerer(kb::knowledge, kb.hybrid(), new ConversationMemory(100));
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    private static Answer ask(String question) {
        return answerer.answer(Question.of(question));
    }

    @Test
    void answersWhenWithTheAccountsWordsAnIsoValueAndTheCitedSentence() {
        Answer a = ask("When was Kaluga liberated?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.text()).isEqualTo("30 December");
        assertThat(a.value()).isEqualTo("1941-12-30");
        assertThat(a.citations()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Kaluga was liberated on 30 December.");
            assertThat(kb.knowledge().accounts().get(0).text().substring(c.start(), c.end())).isEqualTo(c.text());
        });
    }

    @Test
    void answersWhoCommandedAFormationFromTheStatedFact() {
        assertThat(ask("Who commanded the 50th Army?").text()).isEqualTo("Ivan V. Boldin");
        assertThat(ask("What rank did Friedrich Bergmann hold?").text()).isEqualTo("Generalleutnant");
    }

    @Test
    void toleratesTyposAndSpellingVariants() {
        assertThat(ask("wich army did Gunther von Kluge command").text()).isEqualTo("4th Army");
        assertThat(ask("when did the 49th army liberate alexin").text()).isEqualTo("17 December");
    }

    @Test
    void answersDistancesInTheAccountsKilometres() {
        Answer a = ask("How far did the 50th Army's left-hand formations advance toward Yukhnov?");
        assertThat(a.text()).isEqualTo("between 15 and 25 km");
        assertThat(a.value()).isEqualTo("15–25 km");
    }

    @Test
    void saysWhenTheAccountDoesNotSay() {
        Answer unknownArmy = ask("Who commanded the Soviet 3rd Army?");
        assertThat(unknownArmy.abstained()).isTrue();
        assertThat(unknownArmy.text()).startsWith("The account does not say who commanded the Soviet 3rd Army: it never mentions");
        assertThat(ask("When was Sukhinichi liberated?").abstained()).isTrue();
        assertThat(ask("Who commanded the 154th Division?").abstained()).isTrue();
        assertThat(ask("   ").abstained()).isTrue();
    }

    @Test
    void resolvesFollowUpsWithinASessionOnly() {
        Answer town = answerer.answer(new Question("Which town did the 49th Army liberate on 9 January?", "s1"));
        assertThat(town.text()).isEqualTo("Detchino");
        assertThat(answerer.answer(new Question("What about the 50th Army?", "s2")).abstained()).isTrue();
        Answer who = answerer.answer(new Question("Who commanded the 49th Army?", "s3"));
        assertThat(who.text()).isEqualTo("Ivan G. Zakharkin");
        assertThat(answerer.answer(new Question("What about the 10th Army?", "s3")).text()).isEqualTo("Filipp I. Golikov");
    }

    @Test
    void answersOnAnotherAccountWithTheSameCode(@TempDir Path other) throws Exception {
        String text = "On 12 March 1943, General Leytenant Pavel A. Kurochkin’s 34th Army attacked toward Staraya Russa. "
                + "The 34th Army liberated Staraya Russa on 18 March.";
        try (KnowledgeBase second = KnowledgeBase.open(other)) {
            second.ingest(List.of(SourceDocument.plain("example.txt", text)), List.of(), null);
            var a = new ExtractiveAnswerer(second::knowledge, second.hybrid(), new ConversationMemory(10));
            assertThat(a.answer(Question.of("Who commanded the 34th Army?")).text()).isEqualTo("Pavel A. Kurochkin");
            assertThat(a.answer(Question.of("When was Staraya Russa liberated?")).value()).isEqualTo("1943-03-18");
        }
    }

    @Test
    void oddQuestionsNeitherCrashNorGetTheTitle() {
        assertThat(ask("Which 99999999999 towns were liberated?").text()).isNotBlank();
        assertThat(ask("What is the name of the general mentioned in the account?").text())
                .isNotEqualTo("Kaluga Offensive Operation");
        assertThat(ask("Where did the 49th Army fight between Kaluga and Tula?").text())
                .doesNotMatch("(?i)(north|south|east|west).*");
        assertThat(ask("\u0000\u0007").abstained()).isTrue();
    }
}
