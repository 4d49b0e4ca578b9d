package dev.annalist.kb.store.solr;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.ZooKeeperException;
import org.apache.zookeeper.KeeperException;

/** Tells a cluster that cannot be reached (try again later) from a request Solr refused or failed on (a fault). */
final class SolrFailures {
    private SolrFailures() {}

    /**
     * No answer came back: SolrJ reached no node (connection refused, timed out, no live node for a
     * shard), the connection broke, or ZooKeeper could not be read. A 4xx or another server error is
     * an answer, and not this.
     */
    static boolean unreachable(Exception e) {
        if (e instanceof SolrServerException || e instanceof java.io.IOException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof KeeperException || t instanceof ZooKeeperException || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return e instanceof SolrException se && (se.code() == SolrException.ErrorCode.SERVICE_UNAVAILABLE.code
                || se.code() == SolrException.ErrorCode.INVALID_STATE.code || se.code() <= 0);
    }

    static boolean badRequest(Exception e) {
        return e instanceof SolrException se && se.code() >= 400 && se.code() < 500;
    }
}
