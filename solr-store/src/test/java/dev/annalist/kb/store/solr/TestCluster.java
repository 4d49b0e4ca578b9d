package dev.annalist.kb.store.solr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A two-node test SolrCloud (its own ZooKeeper) in a process of its own, for tests that cannot host
 * one: the service's class path carries Spring Boot's Jetty, Jersey and Netty, which Solr's nodes do
 * not run on. Prints {@code zk=<address>} once the nodes are up. Reads commands from its standard input:
 * {@code stop} stops every node (an outage; ZooKeeper stays up), {@code start} starts them again, each
 * answered with {@code done <command>}; when the input closes (the test ended, or died) it shuts down.
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
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            List<JettySolrRunner> stopped = new ArrayList<>();
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                if (command.equals("stop")) { // every node down: an outage, ZooKeeper still up
                    while (!cluster.getJettySolrRunners().isEmpty()) {
                        stopped.add(cluster.stopJettySolrRunner(0));
                    }
                } else if (command.equals("start")) {
                    for (JettySolrRunner node : stopped) {
                        cluster.startJettySolrRunner(node);
                        cluster.waitForNode(node, 60);
                    }
                    stopped.clear();
                }
                System.out.println("done " + command);
                System.out.flush();
            }
        } finally {
            cluster.shutdown();
        }
        System.exit(0);
    }
}
