package dev.annalist.bot;

import dev.annalist.kb.IngestSummary;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.LoadReport;
import java.io.IOException;
import dev.annalist.kb.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the knowledge-base library: opens the index and fills it from the configured corpus. */
@Configuration
public class KnowledgeBaseConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseConfiguration.class);

    /**
     * Where the knowledge lives: the Lucene index in {@code bot.index-dir} unless {@code kb.store} is
     * solrcloud (then {@code kb.solr.*}; needs the solr-store module, which this service ships).
     */
    @Bean
    public StoreSettings storeSettings(@Value("${kb.store:lucene}") String store,
                                       @Value("${bot.index-dir:data/index}") Path indexDir,
                                       @Value("${kb.solr.zk-hosts:}") String zkHosts,
                                       @Value("${kb.solr.collection:annalist}") String collection,
                                       @Value("${kb.solr.shards:1}") int shards,
                                       @Value("${kb.solr.replication-factor:1}") int replicationFactor,
                                       @Value("${kb.solr.connect-timeout:15s}") Duration connectTimeout,
                                       @Value("${kb.solr.refresh-interval:5s}") Duration refreshInterval,
                                       @Value("${kb.solr.request-timeout:10s}") Duration requestTimeout) {
        return StoreSettings.Kind.parse(store) == StoreSettings.Kind.LUCENE ? StoreSettings.lucene(indexDir)
                : StoreSettings.solrCloud(new StoreSettings.SolrCloud(zkHosts, collection, shards, replicationFactor,
                        connectTimeout, refreshInterval, requestTimeout));
    }

    @Bean(destroyMethod = "close")
    public KnowledgeBase knowledgeBase(StoreSettings storeSettings,
                                       @Value("${bot.corpus-dir:}") String corpusDir) throws IOException {
        KnowledgeBase kb = KnowledgeBase.open(storeSettings);
        IngestSummary summary;
        if (corpusDir.isBlank()) {
            summary = kb.ensureContent();
        } else {
            LoadReport report = new AccountLoader().load(List.of(Path.of(corpusDir)), null);
            report.problems().forEach(p -> LOG.warn("{}", p));
            summary = report.documents().isEmpty() ? kb.ensureContent() : kb.ingest(report, null);
        }
        LOG.info("knowledge base ready in {}: {} accounts, {} sentences, {} entities, {} events ({})", storeSettings.describe(),
                summary.files(), summary.sentences(), summary.entities(), summary.events(),
                summary.rebuilt() ? "built in " + summary.millis() + " ms" : "index up to date");
        return kb;
    }
}
