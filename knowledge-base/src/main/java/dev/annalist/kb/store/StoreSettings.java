package dev.annalist.kb.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Which {@link KnowledgeStore} to open: the embedded Lucene index in a folder (the default), or a
 * SolrCloud collection reached through ZooKeeper (needs the {@code solr-store} module on the classpath).
 */
public record StoreSettings(Kind kind, Path indexDir, SolrCloud solrCloud) {
    public enum Kind {
        LUCENE, SOLRCLOUD;

        /** "lucene" or "solrcloud", as {@code kb.store} spells it; blank means lucene. */
        public static Kind parse(String name) {
            if (name == null || name.isBlank()) {
                return LUCENE;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown store '" + name + "': use lucene or solrcloud", e);
            }
        }
    }

    /**
     * A SolrCloud collection: ZooKeeper hosts as Solr writes them ({@code zk1:2181,zk2:2181/solr}, an
     * optional chroot after the first slash), the collection, its shape when it has to be created, how
     * long to wait for ZooKeeper, how often to look for knowledge another process published, and how long
     * one request to a Solr node may take (connect, idle or whole) before it counts as failed, so that a
     * node that drops packets costs a bounded wait instead of SolrJ's minute-long defaults.
     */
    public record SolrCloud(String zkHosts, String collection, int shards, int replicationFactor, Duration connectTimeout,
                            Duration refreshInterval, Duration requestTimeout) {
        public static final String DEFAULT_COLLECTION = "annalist";

        public SolrCloud {
            if (zkHosts == null || zkHosts.isBlank()) {
                throw new IllegalArgumentException("the solrcloud store needs ZooKeeper hosts (kb.solr.zk-hosts / --solr-zk)");
            }
            collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection;
            if (shards < 1 || replicationFactor < 1) {
                throw new IllegalArgumentException("shards and replication factor must be at least 1");
            }
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(15) : connectTimeout;
            refreshInterval = refreshInterval == null ? Duration.ofSeconds(5) : refreshInterval;
            if (refreshInterval.isNegative() || refreshInterval.isZero()) {
                throw new IllegalArgumentException("the refresh interval must be positive");
            }
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("the request timeout must be positive");
            }
        }

        public SolrCloud(String zkHosts, String collection, int shards, int replicationFactor, Duration connectTimeout,
                         Duration refreshInterval) {
            this(zkHosts, collection, shards, replicationFactor, connectTimeout, refreshInterval, null);
        }

        public SolrCloud(String zkHosts, String collection, int shards, int replicationFactor, Duration connectTimeout) {
            this(zkHosts, collection, shards, replicationFactor, connectTimeout, null, null);
        }

        public SolrCloud(String zkHosts, String collection) {
            this(zkHosts, collection, 1, 1, null, null, null);
        }

        /** The same cluster, shape and waits, another collection. */
        public SolrCloud withCollection(String other) {
            return new SolrCloud(zkHosts, other, shards, replicationFactor, connectTimeout, refreshInterval, requestTimeout);
        }
    }

    public StoreSettings {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.LUCENE) {
            Objects.requireNonNull(indexDir, "the lucene store needs an index folder");
        } else {
            Objects.requireNonNull(solrCloud, "the solrcloud store needs its ZooKeeper hosts and collection");
        }
    }

    /** For messages: the folder, or the collection and where it is. */
    public String describe() {
        return kind == Kind.LUCENE ? indexDir.toString()
                : "collection " + solrCloud.collection() + " on SolrCloud at " + solrCloud.zkHosts();
    }

    public static StoreSettings lucene(Path indexDir) {
        return new StoreSettings(Kind.LUCENE, indexDir, null);
    }

    public static StoreSettings solrCloud(SolrCloud solrCloud) {
        return new StoreSettings(Kind.SOLRCLOUD, null, solrCloud);
    }
}
