package dev.annalist.kb.store.solr;

import dev.annalist.kb.store.StoreSettings;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * Connects to SolrCloud through ZooKeeper. SolrJ 9's only ZooKeeper-aware client is
 * {@link CloudHttp2SolrClient} (Jetty 10's HTTP client underneath); the JDK client cannot be
 * plugged into it before SolrJ 10.
 */
final class SolrClients {
    private SolrClients() {}

    /** A client that has reached ZooKeeper and read the cluster state, or one clear error naming the address. */
    static CloudSolrClient connect(StoreSettings.SolrCloud settings) throws IOException {
        ZkAddress zk = ZkAddress.parse(settings.zkHosts());
        long millis = settings.connectTimeout().toMillis();
        long request = settings.requestTimeout().toMillis();
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(Math.min(millis, request), TimeUnit.MILLISECONDS)
                .withIdleTimeout(request, TimeUnit.MILLISECONDS)
                .withRequestTimeout(request, TimeUnit.MILLISECONDS);
        CloudSolrClient client = new CloudHttp2SolrClient.Builder(zk.hosts(), zk.chroot())
                .withHttpClientBuilder(http)
                .withZkConnectTimeout((int) millis, TimeUnit.MILLISECONDS)
                .withDefaultCollection(settings.collection())
                .build();
        try {
            client.connect(millis, TimeUnit.MILLISECONDS);
            return client;
        } catch (TimeoutException | RuntimeException e) {
            client.close();
            throw new IOException("SolrCloud is not reachable through ZooKeeper at " + settings.zkHosts() + " (waited "
                    + millis + " ms): " + rootMessage(e), e);
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to ZooKeeper at " + settings.zkHosts(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** "zk1:2181,zk2:2181/solr" as SolrJ wants it: the host list and the chroot, if any. */
    record ZkAddress(List<String> hosts, Optional<String> chroot) {
        static ZkAddress parse(String zkHosts) {
            String spec = zkHosts.strip();
            int slash = spec.indexOf('/');
            String hostPart = slash < 0 ? spec : spec.substring(0, slash);
            Optional<String> chroot = slash < 0 || slash == spec.length() - 1 ? Optional.empty()
                    : Optional.of(spec.substring(slash));
            List<String> hosts = Arrays.stream(hostPart.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
            if (hosts.isEmpty()) {
                throw new IllegalArgumentException("no ZooKeeper host in '" + zkHosts + "'");
            }
            return new ZkAddress(hosts, chroot);
        }
    }
}
