package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a SolrCloud of 2 nodes (a collection of 2 shards of 2 replicas, created by the
 * service): an account uploaded through the admin API while questions keep coming loses none of them,
 * and with every node down the API answers 503 with Retry-After, then answers again by itself.
 * The cluster runs in a process of its own (solr-store's TestCluster), since Solr's nodes do not run on
 * the Jetty, Jersey and Netty that Spring Boot brings; its class path is the one solr-store's build
 * writes, so run this from the repository root ({@code mvn verify}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kb.store=solrcloud", "kb.solr.collection=upload_test", "kb.solr.shards=2", "kb.solr.replication-factor=2",
        "kb.solr.connect-timeout=60s", "kb.solr.request-timeout=30s", "bot.admin-token=test-admin-token",
        "bot.rate-limit.per-minute=0", "spring.datasource.url=jdbc:h2:mem:solr-upload;DB_CLOSE_DELAY=-1"})
class SolrCloudUploadApiTest {
    private static final Path SOLR_STORE = Path.of("..", "solr-store", "target");
    private static final String ACCOUNT = "Operation Example\n\nOn 12 March 1943 General Leytenant Pavel A. Kurochkin’s "
            + "34th Army attacked toward Staraya Russa. The 34th Army liberated Staraya Russa on 18 March.";
    private static Process cluster;
    private static BufferedReader clusterOutput;
    private static String zkAddress;

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void solrCloud(DynamicPropertyRegistry registry) {
        registry.add("kb.solr.zk-hosts", SolrCloudUploadApiTest::startCluster);
    }

    private static synchronized String startCluster() {
        if (zkAddress != null) {
            return zkAddress;
        }
        Path classpathFile = SOLR_STORE.resolve("test-cluster.classpath");
        if (!Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(classpathFile.toAbsolutePath() + " is missing: run the build from the "
                    + "repository root (mvn verify), which writes it when it builds solr-store");
        }
        try {
            Path dir = Files.createTempDirectory("annalist-solr-upload");
            String classpath = String.join(java.io.File.pathSeparator, SOLR_STORE.resolve("test-classes").toString(),
                    SOLR_STORE.resolve("classes").toString(), Files.readString(classpathFile).strip());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            cluster = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", classpath, "dev.annalist.kb.store.solr.TestCluster",
                    dir.resolve("solr").toString()))
                    .redirectError(dir.resolve("cluster.log").toFile()).start();
            clusterOutput = new BufferedReader(new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8));
            for (String line = clusterOutput.readLine(); line != null; line = clusterOutput.readLine()) {
                if (line.startsWith("zk=")) {
                    zkAddress = line.substring(3);
                    return zkAddress;
                }
            }
            throw new IllegalStateException("the test cluster ended before it was up; see " + dir.resolve("cluster.log"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test cluster: " + e.getMessage(), e);
        }
    }

    /** Sends TestCluster a command (stop: every node down; start: back up) and waits until it is done. */
    private static void cluster(String command) throws IOException {
        cluster.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        cluster.getOutputStream().flush();
        for (String line = clusterOutput.readLine(); line != null; line = clusterOutput.readLine()) {
            if (line.equals("done " + command)) {
                return;
            }
        }
        throw new IllegalStateException("the test cluster ended during " + command);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.getOutputStream().close(); // TestCluster shuts its nodes down when its input ends
            if (!cluster.waitFor(60, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
        }
    }

    @Test
    void anAccountUploadedWhileQuestionsAreAskedLosesNoneAndIsAnsweredFrom() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.ask("When was Kaluga liberated?").get("answer").asText()).isEqualTo("30 December");

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        Semaphore answers = new Semaphore(0);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread asker = new Thread(() -> {
            ApiClient loop = new ApiClient(port);
            while (!stop.get()) {
                try {
                    String answer = loop.ask("When was Kaluga liberated?").get("answer").asText();
                    if (!answer.equals("30 December")) {
                        failures.add("answered " + answer);
                    }
                    answered.incrementAndGet();
                    answers.release();
                } catch (Exception | AssertionError e) {
                    failures.add(e.toString());
                }
            }
        }, "asker");
        asker.start();
        try {
            int before = answered.get();
            var added = api.send(api.at("/api/admin/documents").header("Authorization", "Bearer test-admin-token")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            ApiClient.JSON.writeValueAsString(Map.of("name", "example-operation.txt", "text", ACCOUNT)))));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            assertThat(answered.get()).as("questions answered while the account was added").isGreaterThan(before);
            answers.drainPermits();
            assertThat(answers.tryAcquire(5, 60, TimeUnit.SECONDS)).as("questions answered after the upload").isTrue();
        } finally {
            stop.set(true);
            asker.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(failures).as("questions that failed or changed answer").isEmpty();

        var answer = api.ask("Who commanded the 34th Army?");
        assertThat(answer.get("answer").asText()).isEqualTo("Pavel A. Kurochkin");
        assertThat(answer.get("citations").get(0).get("source").asText()).isEqualTo("example-operation.txt");
    }

    @Test
    void withEveryNodeDownTheApiAnswers503WithRetryAfterAndRecoversByItself() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.ask("When was Kaluga liberated?").get("answer").asText()).isEqualTo("30 December");
        cluster("stop");
        try {
            HttpResponse<String> down = api.postJson("/api/chat", Map.of("message", "Who commanded the 50th Army?"));
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
            assertThat(ApiClient.json(down).get("error").asText()).contains("try again");
            assertThat(api.get("/api/search?q=Kaluga").statusCode()).isEqualTo(503);
        } finally {
            cluster("start");
        }
        // No restart of the service: it answers again once the nodes are back and their replicas active.
        HttpResponse<String> back = null;
        for (int attempt = 0; attempt < 120 && (back == null || back.statusCode() != 200); attempt++) {
            back = api.postJson("/api/chat", Map.of("message", "Who commanded the 50th Army?"));
            if (back.statusCode() != 200) {
                TimeUnit.MILLISECONDS.sleep(500); // polling a real cluster's recovery, not timing the service
            }
        }
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(ApiClient.json(back).get("abstained").asBoolean()).isFalse();
    }
}
