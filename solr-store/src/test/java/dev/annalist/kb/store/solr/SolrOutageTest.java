package dev.annalist.kb.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annalist.kb.store.Embedder;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.KnowledgeStores;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import dev.annalist.kb.store.StoreSettings;
import dev.annalist.kb.store.StoreUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Solr going away after start-up: searches fail as {@link StoreUnavailableException} (the service
 * answers 503 on it), the knowledge held in memory still reads, and the same store object searches
 * again once the node is back, with no reopening.
 */
class SolrOutageTest {
    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static KnowledgeStore store;
    static final Embedder LETTERS = new Embedder(new SolrKnowledgeStoreTest.LetterEmbeddings());

    @BeforeAll
    static void startOneNodeWithACollection() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(1, dir.resolve("solr")).configure();
        store = KnowledgeStores.open(StoreSettings.solrCloud(new StoreSettings.SolrCloud(cluster.getZkServer().getZkAddress(),
                "kb_outage", 1, 1, Duration.ofSeconds(30))), LETTERS);
        store.replace(SolrKnowledgeStoreTest.small("The 5th Army reached Mozhaisk.", "Kaluga was liberated on 30 December."),
                "outage");
    }

    @AfterAll
    static void shutDown() throws Exception {
        if (store != null) {
            store.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void searchesFailAsUnavailableWhileNoNodeIsUpAndWorkAgainWhenItReturns() throws Exception {
        float[] vector = LETTERS.embed("liberated");
        assertThat(texts(store.searchText("liberated", 5, SearchFilter.NONE))).containsExactly("Kaluga was liberated on 30 December.");

        JettySolrRunner node = cluster.stopJettySolrRunner(0);
        cluster.waitForJettyToStop(node);
        assertThatThrownBy(() -> store.searchText("liberated", 5, SearchFilter.NONE))
                .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("kb_outage");
        assertThatThrownBy(() -> store.searchVector(vector, 5, SearchFilter.NONE))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(store.knowledge().sentences()).as("the knowledge held in memory").hasSize(2);

        cluster.startJettySolrRunner(node);
        cluster.waitForNode(node, 60);
        List<String> back = await(() -> texts(store.searchText("liberated", 5, SearchFilter.NONE)), "text search back");
        assertThat(back).containsExactly("Kaluga was liberated on 30 December.");
        assertThat(await(() -> texts(store.searchVector(vector, 1, SearchFilter.NONE)), "vector search back")).hasSize(1);
    }

    /** The search's result once it stops failing as unavailable, polled for 60 s (the replica takes its time to load). */
    private static List<String> await(Supplier<List<String>> search, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                return search.get();
            } catch (StoreUnavailableException e) {
                assertThat(System.nanoTime()).as(what + " within 60 s: " + e.getMessage()).isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private static List<String> texts(List<ScoredSentence> hits) {
        return hits.stream().map(h -> h.sentence().text()).toList();
    }
}
