package dev.annalist.kb.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.evaluation.EvaluationRunner;
import dev.annalist.evaluation.ItemResult;
import dev.annalist.evaluation.ReferenceItem;
import dev.annalist.evaluation.ReferenceSet;
import dev.annalist.evaluation.Wirings;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.pipeline.KnowledgeBuilder;
import dev.annalist.kb.store.Embedder;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.KnowledgeStores;
import dev.annalist.kb.store.LuceneKnowledgeStore;
import dev.annalist.kb.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole reference set, and questions on a made-up account of another operation, through the
 * product's answer chain (the evaluation's "full" wiring, as the service builds it) over the Lucene store
 * and over a 2-shard x 2-replica collection on a two-node cluster, both filled from the same analysis of
 * the shared account and the made-up one. Follow-ups replay their earlier turns in the same session, as
 * the evaluation runs them ({@link EvaluationRunner}).
 */
class ReferenceSetAgreementTest {
    /** Two answers in the 203 may differ (an HNSW near tie can reorder retrieval); more is a bug. */
    static final double MIN_AGREEMENT = 0.99;

    /** Made up for this test: places, people and units that are in no other account here. */
    static final SourceDocument MADE_UP = SourceDocument.plain("osa-crossing.txt", """
            Osa Crossing Operation

            Commanded by General Major Arkady V. Petrenko, the 14th Rifle Corps of the Northern Front opened the \
            operation on 9 March 1942 to cut the road between Gorelki and Demidovo.

            On 12 March, the 31st Tank Brigade crossed the Osa river near Zaluchye and advanced 18 km to the west.

            German General Otto Brenner's 290th Infantry Division counterattacked at Demidovo on 15 March.

            By 20 March, the corps had liberated Zaluchye, Pristan and Verkhnyaya Osa, and the operation ended on \
            24 March 1942.
            """);
    /** Asked of the made-up account: what each store's chain answers is compared, not a gold answer. */
    static final List<String> MADE_UP_QUESTIONS = List.of(
            "Who commanded the 14th Rifle Corps?",
            "When did the Osa Crossing Operation begin?",
            "Which river did the 31st Tank Brigade cross?",
            "How far did the 31st Tank Brigade advance?",
            "Which German division counterattacked at Demidovo?",
            "Which villages did the corps liberate?",
            "When did the Osa Crossing Operation end?",
            "Who commanded the 290th Infantry Division?",
            "How many tanks did the 31st Tank Brigade lose?",
            "Who commanded the Northern Front?");

    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static LuceneKnowledgeStore lucene;
    static KnowledgeStore solr;

    @BeforeAll
    static void fillBothStores() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).configure();
        KalugaAccount account = KalugaAccount.analysed(MADE_UP);
        lucene = LuceneKnowledgeStore.open(dir.resolve("lucene"), Embedder.shared());
        lucene.replace(account.knowledge(), account.fingerprint());
        solr = KnowledgeStores.open(StoreSettings.solrCloud(new StoreSettings.SolrCloud(cluster.getZkServer().getZkAddress(),
                "kb_reference", 2, 2, Duration.ofSeconds(30))), Embedder.shared());
        cluster.waitForActiveCollection("kb_reference", 2, 4);
        solr.replace(account.knowledge(), account.fingerprint());
    }

    @AfterAll
    static void shutDown() throws Exception {
        if (solr != null) {
            solr.close();
        }
        if (lucene != null) {
            lucene.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void everyReferenceQuestionGetsTheSameAnswerOverEitherStore() throws Exception {
        assertAlike("reference set", ReferenceSet.bundled());
    }

    @Test
    void questionsOnTheMadeUpAccountGetTheSameAnswerOverEitherStore() {
        ReferenceSet set = new ReferenceSet(MADE_UP_QUESTIONS.stream()
                .map(q -> new ReferenceItem("osa-" + MADE_UP_QUESTIONS.indexOf(q), q, List.of(""), "made-up", false, "", null))
                .toList());
        List<ItemResult> overSolr = assertAlike("made-up account", set);
        // Both stores agreeing on nothing but abstentions would prove little: the new account is answered from.
        assertThat(overSolr).filteredOn(r -> !r.abstained()).extracting(ItemResult::prediction)
                .contains("Arkady V. Petrenko", "18 km", "Zaluchye, Pristan and Verkhnyaya Osa");
    }

    /** Asks the set over both stores, prints and checks the share of alike answers; gives Solr's answers. */
    private static List<ItemResult> assertAlike(String what, ReferenceSet set) {
        List<ItemResult> overLucene = answers(lucene, set);
        List<ItemResult> overSolr = answers(solr, set);

        List<String> differences = new ArrayList<>();
        for (int i = 0; i < overLucene.size(); i++) {
            ItemResult expected = overLucene.get(i);
            ItemResult actual = overSolr.get(i);
            if (!expected.prediction().equals(actual.prediction()) || expected.abstained() != actual.abstained()) {
                differences.add(expected.id() + " " + expected.question() + "\n    lucene: " + said(expected)
                        + "\n    solr:   " + said(actual));
            }
        }
        double agreement = 1.0 - (double) differences.size() / overLucene.size();
        System.out.printf("%s over Lucene and SolrCloud: %d of %d answers alike (%.1f%%)%n",
                what, overLucene.size() - differences.size(), overLucene.size(), 100 * agreement);
        differences.forEach(System.out::println);

        assertThat(overSolr).hasSize(set.items().size()).hasSameSizeAs(overLucene);
        assertThat(agreement).as("answers alike; differing:\n" + String.join("\n", differences))
                .isGreaterThanOrEqualTo(MIN_AGREEMENT);
        return overSolr;
    }

    /** The set through the full wiring over this store, in the evaluation's own runner. */
    private static List<ItemResult> answers(KnowledgeStore store, ReferenceSet set) {
        Supplier<KnowledgeBuilder> noIngest = () -> {
            throw new AssertionError("the store is filled already");
        };
        KnowledgeBase kb = new KnowledgeBase(store, Embedder.shared(), noIngest);
        return new EvaluationRunner().run(set, Wirings.full(kb)).items();
    }

    private static String said(ItemResult r) {
        return (r.abstained() ? "(abstained) " : "") + r.prediction();
    }
}
