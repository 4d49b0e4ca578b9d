package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annalist.kb.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** kb.store picks the store; the SolrCloud one comes from solr-store on the service's class path. */
class KnowledgeStoreSelectionTest {
    private final KnowledgeBaseConfiguration configuration = new KnowledgeBaseConfiguration();

    @Test
    void nothingSetMeansTheLuceneFolder() {
        StoreSettings settings = configuration.storeSettings("lucene", Path.of("data/index"), "", "annalist", 1, 1,
                Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(settings).isEqualTo(StoreSettings.lucene(Path.of("data/index")));
    }

    @Test
    void anUnreachableSolrCloudStopsStartUpWithOneErrorNamingZooKeeper() {
        StoreSettings settings = configuration.storeSettings("solrcloud", Path.of("unused"), "127.0.0.1:1/solr", "annalist",
                2, 2, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(settings.solrCloud().requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> configuration.knowledgeBase(settings, ""))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ZooKeeper at 127.0.0.1:1/solr");
    }
}
