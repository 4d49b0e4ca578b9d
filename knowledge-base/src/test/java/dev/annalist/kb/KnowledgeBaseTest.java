package dev.annalist.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.facts.Relation;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.store.SearchFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled account ingested end to end: entities, facts, timeline and retrieval. */
class KnowledgeBaseTest {
    @TempDir
    static Path dir;
    static KnowledgeBase kb;

    @BeforeAll
    static void ingest() throws Exception {
        kb = KnowledgeBase.open(dir.resolve("index"));
        assertThat(kb.ensureContent().rebuilt()).isTrue();
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    private static Entity entity(String name) {
        return kb.knowledge().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onePersonPerRealPersonWithAliasesRankAndRole() {
        Entity boldin = entity("Ivan V. Boldin");
        assertThat(boldin.type()).isEqualTo(EntityType.PERSON);
        assertThat(boldin.aliases()).contains("Ivan V. Boldin", "Boldin", "Boldin’s");
        assertThat(boldin.rank()).isEqualTo("General Leytenant");
        assertThat(boldin.mentions()).hasSize(2);
        assertThat(entity("GŁnther von Kluge").aliases()).contains("von Kluge");
        assertThat(entity("Vasili S. Popov").role()).isEqualTo("deputy commander");
        assertThat(kb.entities(EntityType.PERSON)).extracting(Entity::name).doesNotHaveDuplicates()
                .noneMatch(n -> n.equals("Boldin") || n.equals("Zhukov"));
    }

    @Test
    void statesWhoCommandsWhatAndWhichFormationBelongsToWhich() {
        String boldin = entity("Ivan V. Boldin").id();
        String army50 = entity("50th Army").id();
        List<Relation> relations = kb.knowledge().relations();
        assertThat(relations).anyMatch(r -> r.subject().equals(boldin) && r.type() == Relation.Type.COMMANDS && r.object().equals(army50));
        assertThat(relations).anyMatch(r -> r.subject().equals(entity("258th Division").id())
                && r.type() == Relation.Type.PART_OF && r.object().equals(army50));
        for (String army : List.of("49th Army", "50th Army", "10th Army")) {
            assertThat(relations).as(army).anyMatch(r -> r.subject().equals(entity(army).id())
                    && r.type() == Relation.Type.PART_OF && r.object().equals(entity("West Front").id()));
        }
        assertThat(relations).anyMatch(r -> r.subject().equals(entity("Vasili S. Popov").id())
                && r.type() == Relation.Type.DEPUTY_COMMANDER_OF && r.object().equals(army50));
    }

    @Test
    void timelineHoldsDatedEventsInOrderWithinTheAskedRange() {
        List<DatedEvent> december = kb.timeline(LocalDate.of(1941, 12, 20), LocalDate.of(1941, 12, 31));
        assertThat(december).isNotEmpty().allMatch(e -> e.date().endEpochDay() >= LocalDate.of(1941, 12, 20).toEpochDay());
        assertThat(december).anyMatch(e -> e.verb().equals("liberate") && e.date().iso().equals("1941-12-30")
                && e.places().contains(entity("Kaluga").id()));
        List<DatedEvent> all = kb.timeline(null, null);
        assertThat(all).extracting(e -> e.date().sortKey()).isSorted();
        assertThat(all).anyMatch(e -> e.date().iso().equals("1942-01-09") && e.verb().equals("liberate")
                && e.units().contains(entity("49th Army").id()));
    }

    @Test
    void hybridRetrievalPutsTheAnsweringSentenceFirst() {
        assertThat(kb.hybrid().retrieve("When was Kaluga liberated?", 3).get(0).sentence().text())
                .isEqualTo("Kaluga was liberated on 30 December.");
        assertThat(kb.hybrid().retrieve("When was Detchino freed?", 3))
                .anyMatch(h -> h.sentence().text().contains("which it liberated on 9 January"));
    }

    @Test
    void filtersByEntityTypeAndDate() {
        var filter = new SearchFilter(entity("Vasili S. Popov").id(), null, null, null);
        assertThat(kb.hybrid().retrieve("mobile group", 5, filter)).singleElement()
                .satisfies(h -> assertThat(h.sentence().text()).startsWith("Zhukov ordered the creation"));
        var january = new SearchFilter(null, null, LocalDate.of(1942, 1, 7), LocalDate.of(1942, 1, 31));
        assertThat(kb.hybrid().retrieve("liberated", 5, january)).isNotEmpty()
                .allMatch(h -> h.sentence().dates().stream().anyMatch(d -> d.endEpochDay() >= LocalDate.of(1942, 1, 7).toEpochDay()));
        var persons = new SearchFilter(null, EntityType.PERSON, null, null);
        assertThat(kb.bm25().retrieve("Kaluga liberated", 5, persons)).noneMatch(h -> h.sentence().text().equals("Kaluga was liberated on 30 December."));
    }

    @Test
    void storesDistancesInKilometres() {
        var gap = kb.knowledge().sentences().stream().filter(s -> s.text().contains("the gap between")).findFirst().orElseThrow();
        assertThat(gap.distances()).singleElement().satisfies(d -> assertThat(d.normalised()).isEqualTo("30 km"));
        var advance = kb.knowledge().sentences().stream().filter(s -> s.text().contains("74.5 and 81 miles")).findFirst().orElseThrow();
        assertThat(advance.distances()).singleElement().satisfies(d -> assertThat(d.normalised()).isEqualTo("120–130 km"));
    }

    @Test
    void keepsADateWithoutAnyYearOffTheTimeline(@TempDir Path other) throws Exception {
        String text = "The 5th Army reached Mozhaisk on 5 January and took Vereya on 19 January.";
        try (KnowledgeBase second = KnowledgeBase.open(other)) {
            second.ingest(List.of(SourceDocument.plain("undated.txt", text)), List.of(), null);
            assertThat(second.timeline(null, null)).isEmpty();
            assertThat(second.knowledge().sentences().get(0).dates()).extracting(d -> d.iso()).containsExactly("--01-05", "--01-19");
            assertThat(second.hybrid().retrieve("Mozhaisk", 3, new SearchFilter(null, null, LocalDate.of(1970, 1, 1),
                    LocalDate.of(1970, 1, 1)))).isEmpty();
        }
    }

    @Test
    void doesNotRebuildWhenTheCorpusIsUnchanged() throws Exception {
        var again = kb.ingest(List.of(AccountLoader.bundled()), List.of(), null);
        assertThat(again.rebuilt()).isFalse();
        assertThat(again.sentences()).isEqualTo(kb.knowledge().sentences().size());
    }

    @Test
    void rebuildsAnIndexMadeByAnOlderPipelineFromTheAccountsItStores(@TempDir Path other) throws Exception {
        var knowledge = kb.knowledge();
        try (var store = dev.annalist.kb.store.LuceneKnowledgeStore.open(other, dev.annalist.kb.store.Embedder.shared())) {
            store.replace(new dev.annalist.kb.store.Knowledge(knowledge.accounts(), knowledge.sentences().subList(0, 2),
                    List.of(), List.of(), List.of()), "0:made-by-an-old-pipeline");
        }
        try (KnowledgeBase reopened = KnowledgeBase.open(other)) {
            var summary = reopened.ensureContent();
            assertThat(summary.rebuilt()).isTrue();
            assertThat(reopened.knowledge().sentences()).hasSameSizeAs(knowledge.sentences());
            assertThat(reopened.knowledge().events()).isNotEmpty();
        }
    }

    @Test
    void servesAnotherAccountWithTheSameCode(@TempDir Path other) throws Exception {
        String text = "Operation Example\n\nOn 12 March 1943, General Leytenant Pavel A. Kurochkin’s 34th Army attacked "
                + "toward Staraya Russa. The 34th Army liberated Staraya Russa on 18 March. Kurochkin then reached Lovat.";
        try (KnowledgeBase second = KnowledgeBase.open(other)) {
            second.ingest(List.of(SourceDocument.plain("example.txt", text)), List.of(), null);
            assertThat(second.entities(EntityType.PERSON)).extracting(Entity::name).containsExactly("Pavel A. Kurochkin");
            assertThat(second.entities(EntityType.UNIT)).extracting(Entity::name).containsExactly("34th Army");
            assertThat(second.timeline(null, null)).extracting(e -> e.date().iso()).containsExactly("1943-03-12", "1943-03-18");
        }
    }

    @Test
    void addsAnUploadedAccountBesideTheStoredOnesAndReplacesOneOfTheSameName(@TempDir Path other) throws Exception {
        try (KnowledgeBase second = KnowledgeBase.open(other)) {
            second.ensureContent();
            byte[] upload = "<p>On 3 May 1944 the 5th Guards Tank Army reached Iasi.</p>".getBytes(StandardCharsets.UTF_8);
            var report = new AccountLoader().loadBytes("upload.html", upload);
            second.addAccount(report.documents().get(0), null);
            second.addAccount(new AccountLoader().loadBytes("upload.html",
                    "On 4 May 1944 the 5th Guards Tank Army left Iasi.".getBytes(StandardCharsets.UTF_8)).documents().get(0), null);
            assertThat(second.knowledge().accounts()).extracting(a -> a.source())
                    .containsExactlyInAnyOrder(AccountLoader.BUNDLED_SOURCE, "upload.html");
            assertThat(second.timeline(LocalDate.of(1944, 1, 1), null)).extracting(e -> e.date().iso())
                    .containsExactly("1944-05-04");
            assertThat(new AccountLoader().loadBytes("photo.png", upload).problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("not a .txt"));
        }
    }
}
