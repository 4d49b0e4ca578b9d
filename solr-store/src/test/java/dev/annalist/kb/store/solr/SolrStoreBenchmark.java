package dev.annalist.kb.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.annalist.kb.cli.KbCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb benchmark --accounts N} over the embedded store and, beside it, a 2-shard x 2-replica
 * collection on a two-node test cluster in this JVM; then the collection's size on the nodes' disks,
 * which the command cannot see from the client. Not a check, so off unless asked for:
 * {@code mvn -o -pl solr-store test -Dtest=SolrStoreBenchmark -Dbenchmark.accounts=50}.
 */
class SolrStoreBenchmark {
    static final String COLLECTION = "bench";

    @TempDir
    Path dir;

    @Test
    void ingestAndQueryTimesOnBothStores() throws Exception {
        String accounts = System.getProperty("benchmark.accounts", "");
        assumeTrue(!accounts.isBlank(), "set -Dbenchmark.accounts=N to run the benchmark");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).configure();
        try {
            int exit = KbCommand.execute("--solr-zk", cluster.getZkServer().getZkAddress(), "--collection", COLLECTION,
                    "--shards", "2", "--replicas", "2", "benchmark", "--accounts", accounts,
                    "--rounds", System.getProperty("benchmark.rounds", "5"),
                    "--queries", System.getProperty("benchmark.queries", "500"), "--keep-collection");
            assertThat(exit).as("kb benchmark's exit status").isZero();
            Path home = dir.resolve("solr");
            String cores = COLLECTION + "_benchmark_";
            long index = coreBytes(home, cores, "index");
            long tlog = coreBytes(home, cores, "tlog");
            System.out.printf(Locale.ROOT, "solrcloud: index on disk %.1f MB for 4 replicas (%.1f MB a copy),"
                    + " transaction logs %.1f MB more%n", index / 1048576.0, index / 2 / 1048576.0, tlog / 1048576.0);
        } finally {
            cluster.shutdown();
        }
    }

    /** The files in one data folder ({@code index...} or {@code tlog}) of every core of the collection (named after it). */
    private static long coreBytes(Path solrHome, String corePrefix, String dataFolder) throws IOException {
        try (Stream<Path> files = Files.walk(solrHome)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().contains(corePrefix) && p.getParent().getFileName().toString().startsWith(dataFolder))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
