package dev.annalist.kb.store.solr;

import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A two-node test SolrCloud (its own ZooKeeper) in a process of its own, for tests that cannot host
 * one: the service's class path carries Spring Boot's Jetty, Jersey and Netty, which Solr's nodes do
 * not run on. Prints {@code zk=<address>} once the nodes are up, and shuts them down when its standard
 * input closes (the test that started it ended, or died).
 * Usage: {@code java -cp <solr-store test class path> dev.annalist.kb.store.solr.TestCluster <folder>}
 */
public final class TestCluster {
    private TestCluster() {
    }

    public static void main(String[] args) throws Exception {
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, Path.of(args[0])).configure();
        try {
            System.out.println("zk=" + cluster.getZkServer().getZkAddress());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Waits for the end of standard input.
            }
        } finally {
            cluster.shutdown();
        }
        System.exit(0);
    }
}
