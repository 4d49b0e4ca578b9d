package dev.annalist.kb.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.evaluation.EvaluationRunner;
import dev.annalist.evaluation.ItemResult;
import dev.annalist.evaluation.ReferenceSet;
import dev.annalist.evaluation.Wirings;
import dev.annalist.kb.KnowledgeBase;
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
 * The whole reference set through the product's answer chain (the evaluation's "full" wiring, as the
 * service builds it) over the Lucene store and over a 2-shard x 2-replica collection on a two-node
 * cluster, both filled from the same analysis of the shared account. Follow-ups replay their earlier
 * turns in the same session, as the evaluation runs them ({@link EvaluationRunner}).
 */
class ReferenceSetAgreementTest {
    /** Two answers in the 203 may differ (an HNSW near tie can reorder retrieval); more is a bug. */
    static final double MIN_AGREEMENT = 0.99;

    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static LuceneKnowledgeStore lucene;
    static KnowledgeStore solr;

    @BeforeAll
    static void fillBothStores() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).configure();
        KalugaAccount account = KalugaAccount.analysed();
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
        ReferenceSet set = ReferenceSet.bundled();
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
        System.out.printf("reference set over Lucene and SolrCloud: %d of %d answers alike (%.1f%%)%n",
                overLucene.size() - differences.size(), overLucene.size(), 100 * agreement);
        differences.forEach(System.out::println);

        assertThat(overSolr).hasSize(set.items().size()).hasSameSizeAs(overLucene);
        assertThat(agreement).as("answers alike; differing:\n" + String.join("\n", differences))
                .isGreaterThanOrEqualTo(MIN_AGREEMENT);
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
