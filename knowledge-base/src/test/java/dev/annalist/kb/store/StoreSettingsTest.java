package dev.annalist.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Store selection: Lucene unless told otherwise, and SolrCloud settings with bounded waits. */
class StoreSettingsTest {
    @Test
    void blankMeansTheEmbeddedStore() {
        assertThat(StoreSettings.Kind.parse(" ")).isEqualTo(StoreSettings.Kind.LUCENE);
        assertThat(StoreSettings.Kind.parse("SolrCloud")).isEqualTo(StoreSettings.Kind.SOLRCLOUD);
        assertThatThrownBy(() -> StoreSettings.Kind.parse("elastic")).hasMessageContaining("lucene or solrcloud");
        assertThat(StoreSettings.lucene(Path.of("idx")).indexDir()).isEqualTo(Path.of("idx"));
    }

    @Test
    void solrRequestsAreBoundedByDefaultAndTheBoundMustBePositive() {
        StoreSettings.SolrCloud defaults = new StoreSettings.SolrCloud("zk:2181", null);
        assertThat(defaults.collection()).isEqualTo(StoreSettings.SolrCloud.DEFAULT_COLLECTION);
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new StoreSettings.SolrCloud("zk:2181", "c", 2, 2, null, null, Duration.ofSeconds(3)).requestTimeout())
                .isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> new StoreSettings.SolrCloud("zk:2181", "c", 1, 1, null, null, Duration.ZERO))
                .hasMessageContaining("request timeout");
        assertThatThrownBy(() -> new StoreSettings.SolrCloud(" ", "c")).hasMessageContaining("ZooKeeper hosts");
    }
}
