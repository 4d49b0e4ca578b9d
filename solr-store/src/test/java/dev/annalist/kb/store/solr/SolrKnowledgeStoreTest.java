package dev.annalist.kb.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.pipeline.KnowledgeBuilder;
import dev.annalist.kb.store.Embedder;
import dev.annalist.kb.store.JsonCodec;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.KnowledgeStores;
import dev.annalist.kb.store.LuceneKnowledgeStore;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import dev.annalist.kb.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud store against the Lucene store on the same ingest of the shared account, on a
 * two-node cluster in this JVM (its own ZooKeeper) holding a collection of 2 shards x 2 replicas.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrKnowledgeStoreTest {
    static final String COLLECTION = "kb_test";

    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;
    static Knowledge knowledge;
    static String fingerprint;
    static LuceneKnowledgeStore lucene;
    static KnowledgeStore solr;

    /** Questions of the kinds users ask, with the filters retrieval uses; each must have hits in both stores. */
    static final Map<String, SearchFilter> QUERIES = Map.of(
            "When was Kaluga liberated?", SearchFilter.NONE,
            "Who commanded the 50th Army?", SearchFilter.NONE,
            "Günther von Kluge's counterattack", SearchFilter.NONE,
            "Boldin AND the 258th Division", SearchFilter.NONE,
            "advance", new SearchFilter(null, EntityType.UNIT, LocalDate.of(1941, 12, 20), LocalDate.of(1942, 1, 10)),
            "the defence of the railway station", new SearchFilter(null, EntityType.LOCATION, null, LocalDate.of(1941, 12, 31)));

    @BeforeAll
    static void ingestIntoBothStores() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr")).configure();
        KalugaAccount account = KalugaAccount.analysed();
        knowledge = account.knowledge();
        fingerprint = account.fingerprint();

        lucene = LuceneKnowledgeStore.open(dir.resolve("lucene"), Embedder.shared());
        lucene.replace(knowledge, fingerprint);
        solr = KnowledgeStores.open(StoreSettings.solrCloud(new StoreSettings.SolrCloud(cluster.getZkServer().getZkAddress(),
                COLLECTION, 2, 2, Duration.ofSeconds(30))), Embedder.shared());
        cluster.waitForActiveCollection(COLLECTION, 2, 4);
        List<Integer> progress = new ArrayList<>();
        solr.replace(knowledge, fingerprint, progress::add);
        assertThat(progress).as("sentences written, batch by batch").isNotEmpty().isSorted()
                .endsWith(knowledge.sentences().size());
    }

    @AfterAll
    static void shutDown() throws Exception {
        if (solr != null) {
            solr.close();
        }
        if (lucene != null) {
            lucene.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    @Order(1)
    void holdsTheSameKnowledgeAsTheLuceneStore() {
        assertThat(knowledge.sentences()).hasSizeGreaterThan(15);
        assertThat(solr.fingerprint()).contains(fingerprint);
        assertThat(solr.knowledge().sentences()).hasSameSizeAs(knowledge.sentences());
        assertThat(JsonCodec.write(solr.knowledge())).isEqualTo(JsonCodec.write(lucene.knowledge()));
        assertThat(solr.knowledge()).isEqualTo(lucene.knowledge());
    }

    @Test
    @Order(2)
    void ranksTextLikeTheLuceneStore() {
        QUERIES.forEach((query, filter) -> assertSameRanking(query,
                lucene.searchText(query, 10, filter), solr.searchText(query, 10, filter)));
    }

    /**
     * Both engines search an HNSW graph, so neither is exact and a near tie may come out differently
     * (the Lucene store searches one graph with a beam of k, the collection two smaller ones, k each).
     * So: the best hit is the Lucene store's and the exact best, every score is the true cosine of its
     * sentence (the right vectors, the right similarity), and recall against exact search is high.
     */
    @Test
    @Order(3)
    void findsTheNearestSentencesLikeTheLuceneStore() {
        Map<String, float[]> vectors = new java.util.HashMap<>();
        List<float[]> embedded = Embedder.shared().embedAll(knowledge.sentences().stream().map(s -> s.text()).toList());
        for (int i = 0; i < embedded.size(); i++) {
            vectors.put(knowledge.sentences().get(i).id(), embedded.get(i));
        }
        QUERIES.forEach((query, filter) -> {
            float[] vector = Embedder.shared().embed(query);
            List<ScoredSentence> expected = lucene.searchVector(vector, 5, filter);
            List<ScoredSentence> actual = solr.searchVector(vector, 5, filter);
            List<String> exactTop = knowledge.sentences().stream()
                    .filter(s -> matches(s, filter))
                    .sorted(java.util.Comparator.comparingDouble(
                            (dev.annalist.kb.store.SentenceRecord s) -> -cosine(vector, vectors.get(s.id()))))
                    .limit(5).map(s -> s.id()).toList();
            assertThat(expected).as("Lucene hits for " + query).isNotEmpty();
            assertThat(actual).as("hits for " + query).hasSameSizeAs(expected);
            assertThat(actual.get(0).sentence().id()).as("best hit for " + query)
                    .isEqualTo(expected.get(0).sentence().id()).isEqualTo(exactTop.get(0));
            for (ScoredSentence hit : actual) {
                assertThat(hit.score()).as("score of " + hit.sentence().id() + " for " + query)
                        .isCloseTo(cosine(vector, vectors.get(hit.sentence().id())), within(1e-5));
            }
            long found = ids(actual).stream().filter(exactTop::contains).count();
            assertThat(found).as("exact top " + exactTop.size() + " found for " + query + ": " + ids(actual))
                    .isGreaterThanOrEqualTo(exactTop.size() - 1L);
        });
    }

    /** The Lucene store's cosine score, (1 + cos) / 2. */
    private static double cosine(float[] a, float[] b) {
        return org.apache.lucene.index.VectorSimilarityFunction.COSINE.compare(a, b);
    }

    /** What the filter means, written out for the exact search. */
    private static boolean matches(dev.annalist.kb.store.SentenceRecord s, SearchFilter filter) {
        long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
        long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
        boolean dated = filter.from() == null && filter.to() == null || s.dates().stream()
                .anyMatch(d -> d.isResolved() && d.startEpochDay() <= to && d.endEpochDay() >= from);
        boolean typed = filter.entityType() == null || s.entityIds().stream()
                .anyMatch(e -> e.startsWith(filter.entityType().name().toLowerCase(java.util.Locale.ROOT) + "/"));
        boolean named = filter.entityId() == null || s.entityIds().contains(filter.entityId());
        return dated && typed && named;
    }

    @Test
    @Order(4)
    void filtersKeepOnlySentencesThatMatchThem() {
        String kaluga = knowledge.entities().stream().filter(e -> e.name().equals("Kaluga")).findFirst().orElseThrow().id();
        List<ScoredSentence> hits = solr.searchText("liberated", 20, new SearchFilter(kaluga, null, null, null));
        assertThat(hits).isNotEmpty().allMatch(h -> h.sentence().entityIds().contains(kaluga));
        LocalDate day = LocalDate.of(1941, 12, 30);
        List<ScoredSentence> dated = solr.searchText("liberated", 20, new SearchFilter(null, null, day, day));
        assertThat(dated).isNotEmpty().allMatch(h -> h.sentence().dates().stream().anyMatch(d -> d.isResolved()
                && d.startEpochDay() <= day.toEpochDay() && d.endEpochDay() >= day.toEpochDay()));
    }

    /** The product on top: hybrid retrieval and the offline answer chain read the Solr store as they read Lucene. */
    @Test
    @Order(5)
    void theKnowledgeBaseAnswersTheSameOverEitherStore() {
        java.util.function.Supplier<KnowledgeBuilder> noIngest = () -> {
            throw new AssertionError("both stores are filled already");
        };
        var overLucene = new dev.annalist.kb.KnowledgeBase(lucene, Embedder.shared(), noIngest);
        var overSolr = new dev.annalist.kb.KnowledgeBase(solr, Embedder.shared(), noIngest);
        var luceneAnswers = overLucene.answerer(new dev.annalist.kb.answer.ConversationMemory(10));
        var solrAnswers = overSolr.answerer(new dev.annalist.kb.answer.ConversationMemory(10));
        for (String question : List.of("When was Kaluga liberated?", "Who commanded the 50th Army?",
                "Which army liberated Detchino?", "What did the mobile group capture on 21 December?")) {
            assertThat(ids(overSolr.hybrid().retrieve(question, 5)).get(0)).as("first hybrid hit for " + question)
                    .isEqualTo(ids(overLucene.hybrid().retrieve(question, 5)).get(0));
            var expected = luceneAnswers.answer(dev.annalist.kb.answer.Question.of(question));
            var actual = solrAnswers.answer(dev.annalist.kb.answer.Question.of(question));
            assertThat(actual.text()).as("answer to " + question).isEqualTo(expected.text());
            assertThat(actual.abstained()).as("abstained on " + question).isEqualTo(expected.abstained());
        }
    }

    @Test
    @Order(6)
    void aReplaceWithTheSameFingerprintIsANoOp() throws Exception {
        List<Integer> progress = new ArrayList<>();
        solr.replace(Knowledge.EMPTY, fingerprint, progress::add);
        assertThat(progress).isEmpty();
        assertThat(solr.knowledge()).isEqualTo(lucene.knowledge());
    }

    /** As LuceneKnowledgeStoreTest: a failed replace leaves the last knowledge for readers and for the next open. */
    @Test
    @Order(7)
    void aFailedReplaceLeavesThePreviousGenerationLiveAndTheNextReplaceSweepsItsLeftovers() throws Exception {
        var settings = StoreSettings.solrCloud(new StoreSettings.SolrCloud(cluster.getZkServer().getZkAddress(),
                "kb_replace", 1, 2, Duration.ofSeconds(30), Duration.ofMillis(200)));
        Embedder letters = new Embedder(new LetterEmbeddings());
        try (KnowledgeStore store = KnowledgeStores.open(settings, letters)) {
            store.replace(small("The 5th Army reached Mozhaisk.", "Vereya was taken on 19 January."), "first");
            assertThatThrownBy(() -> store.replace(small("A new sentence.", "POISON here."), "second"))
                    .isInstanceOf(java.io.IOException.class);
            assertThat(store.fingerprint()).contains("first");
            assertThat(store.searchText("Mozhaisk", 5, SearchFilter.NONE)).hasSize(1);
            assertThat(store.searchText("new sentence", 5, SearchFilter.NONE)).isEmpty();
        }
        try (KnowledgeStore reopened = KnowledgeStores.open(settings, letters);
             KnowledgeStore otherProcess = KnowledgeStores.open(settings, letters)) {
            assertThat(reopened.fingerprint()).contains("first");
            assertThat(reopened.knowledge().sentences()).extracting(s -> s.text())
                    .containsExactly("The 5th Army reached Mozhaisk.", "Vereya was taken on 19 January.");
            reopened.replace(small("Kaluga was liberated on 30 December."), "third");
            assertThat(reopened.fingerprint()).contains("third");
            assertThat(reopened.searchText("Mozhaisk", 5, SearchFilter.NONE)).isEmpty();
            assertThat(reopened.searchText("liberated", 5, SearchFilter.NONE)).hasSize(1);
            // a store opened before the replace reads the new knowledge on its own, within its refresh interval
            await(() -> otherProcess.fingerprint().orElse("").equals("third"), "the other store sees the replace");
            assertThat(otherProcess.searchText("liberated", 5, SearchFilter.NONE)).hasSize(1);
            assertThat(otherProcess.knowledge()).isEqualTo(reopened.knowledge());
            // two refresh intervals after the switch only the live generation and the meta document are left
            await(() -> count("*:*") == 1 + 1 + 1 + 1, "old generations removed"); // account, sentence, passage, meta
        }
        assertThat(count("kind:meta")).isEqualTo(1);
    }

    private static long count(String query) {
        try {
            return cluster.getSolrClient().query("kb_replace", new org.apache.solr.client.solrj.SolrQuery(query).setRows(0))
                    .getResults().getNumFound();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds, failing after 30 s: Solr settles in its own time. */
    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Embeds by letter counts in 384 dimensions (the schema's); a text containing "POISON" gets a vector Solr refuses. */
    static final class LetterEmbeddings implements dev.langchain4j.model.embedding.EmbeddingModel {
        @Override
        public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                List<dev.langchain4j.data.segment.TextSegment> segments) {
            List<dev.langchain4j.data.embedding.Embedding> out = new ArrayList<>();
            for (var segment : segments) {
                float[] v = new float[384];
                for (char c : segment.text().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
                    v[c % 384] += 1;
                }
                if (segment.text().contains("POISON")) {
                    v[0] = Float.NaN;
                }
                out.add(dev.langchain4j.data.embedding.Embedding.from(v));
            }
            return dev.langchain4j.model.output.Response.from(out);
        }
    }

    static Knowledge small(String... sentences) {
        List<dev.annalist.kb.store.SentenceRecord> records = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            records.add(new dev.annalist.kb.store.SentenceRecord("a.txt#" + i, "a.txt", i, 0,
                    new dev.annalist.kb.nlp.Span(0, sentences[i].length()), sentences[i], List.of(), List.of(), List.of(), List.of()));
        }
        return new Knowledge(List.of(new dev.annalist.kb.store.AccountRecord("a.txt", String.join(" ", sentences),
                sentences.length)), records, List.of(), List.of(), List.of());
    }

    @Test
    @Order(8)
    void everySearchAnswersWhileANodeIsDownAndAfterItComesBack() throws Exception {
        String query = "When was Kaluga liberated?";
        float[] vector = Embedder.shared().embed(query);
        List<String> expectedText = ids(lucene.searchText(query, 5, SearchFilter.NONE));
        List<String> expectedVector = ids(lucene.searchVector(vector, 5, SearchFilter.NONE));
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        BackgroundLoop searcher = BackgroundLoop.start("searches-during-node-loss", answered, failures, () -> {
            check(ids(solr.searchText(query, 5, SearchFilter.NONE)), expectedText, "text", failures);
            check(ids(solr.searchVector(vector, 5, SearchFilter.NONE)), expectedVector, "vector", failures);
        });
        try {
            JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
            cluster.waitForJettyToStop(stopped);
            int before = answered.get();
            // with the node gone, the other one holds a replica of every shard and must answer alone
            for (int i = 0; i < 20; i++) {
                check(ids(solr.searchText(query, 5, SearchFilter.NONE)), expectedText, "text (node down)", failures);
                check(ids(solr.searchVector(vector, 5, SearchFilter.NONE)), expectedVector, "vector (node down)", failures);
            }
            awaitMore(answered, before);
            cluster.startJettySolrRunner(stopped);
            cluster.waitForNode(stopped, 60);
            cluster.waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 4);
            awaitMore(answered, answered.get());
        } finally {
            searcher.stop();
        }
        assertThat(failures).as("searches that failed or answered differently").isEmpty();
        assertThat(ids(solr.searchText(query, 5, SearchFilter.NONE))).isEqualTo(expectedText);
    }

    @Test
    @Order(9)
    void anUnreachableZooKeeperFailsAtOnceWithItsAddress() {
        var settings = StoreSettings.solrCloud(new StoreSettings.SolrCloud("127.0.0.1:1", COLLECTION, 1, 1, Duration.ofSeconds(2)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnowledgeStores.open(settings, Embedder.shared()))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("ZooKeeper at 127.0.0.1:1");
    }

    /**
     * What the admin upload does ({@code KnowledgeBase.addAccount}: the stored accounts and the new one
     * analysed again, then written as a new generation), over SolrCloud while a loop keeps asking: every
     * question before, during and after the switch is answered from the first account, and the new
     * account answers once added. Last, as it changes what the collection holds.
     */
    @Test
    @Order(10)
    void anAccountAddedWhileQuestionsAreAskedLosesNone() throws Exception {
        var kb = new dev.annalist.kb.KnowledgeBase(solr, Embedder.shared(),
                () -> new KnowledgeBuilder(dev.annalist.kb.pipeline.AccountAnalyzer.standard()));
        var answers = kb.answerer(new dev.annalist.kb.answer.ConversationMemory(10));
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        BackgroundLoop asker = BackgroundLoop.start("questions-during-upload", answered, failures, () -> {
            var a = answers.answer(dev.annalist.kb.answer.Question.of("When was Kaluga liberated?"));
            if (a.abstained() || !a.text().contains("30 December")) {
                failures.add("answered: " + a.text());
            }
        });
        try {
            awaitMore(answered, 0);
            var summary = kb.addAccount(dev.annalist.kb.ingest.SourceDocument.plain("bukrin.txt", """
                    Bukrin Crossing Operation

                    At dawn on 22 September 1943, General Leytenant Pavel S. Rybalko's 3rd Tank Army crossed the \
                    Dnieper river near Bukrin and took Grigorovka.
                    """), null);
            assertThat(summary.files()).isEqualTo(2);
            awaitMore(answered, answered.get());
        } finally {
            asker.stop();
        }
        assertThat(failures).as("questions that failed or lost their answer while the account was added").isEmpty();
        assertThat(solr.knowledge().accounts()).extracting(a -> a.source()).contains("bukrin.txt");
        assertThat(answers.answer(dev.annalist.kb.answer.Question.of("When was Grigorovka taken?")).text()).contains("22 September");
    }

    /** A thread that runs its body again and again until stopped, counting rounds and keeping what failed. */
    private record BackgroundLoop(Thread thread, AtomicBoolean running) {
        static BackgroundLoop start(String name, AtomicInteger rounds, ConcurrentLinkedQueue<String> failures, Runnable body) {
            AtomicBoolean running = new AtomicBoolean(true);
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        body.run();
                        rounds.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            }, name);
            thread.start();
            return new BackgroundLoop(thread, running);
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /** The background searcher answered at least once more since {@code before}: polled with a deadline. */
    private static void awaitMore(AtomicInteger answered, int before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (answered.get() <= before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(answered.get()).as("searches answered by the background searcher").isGreaterThan(before);
    }

    private static void check(List<String> actual, List<String> expected, String what, ConcurrentLinkedQueue<String> failures) {
        if (!actual.equals(expected)) {
            failures.add(what + ": " + actual + " instead of " + expected);
        }
    }

    private static List<String> ids(List<ScoredSentence> hits) {
        return hits.stream().map(h -> h.sentence().id()).toList();
    }

    /**
     * Same scores rank by rank, and the same sentences above the last score (hits tied with the last may
     * be cut differently by two engines, so those are compared only by score).
     */
    private static void assertSameRanking(String query, List<ScoredSentence> expected, List<ScoredSentence> actual) {
        assertThat(expected).as("Lucene hits for " + query).isNotEmpty();
        assertThat(actual).as("hits for " + query).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).score()).as("score of hit " + (i + 1) + " for " + query)
                    .isCloseTo(expected.get(i).score(), within(1e-4 * Math.max(1, Math.abs(expected.get(i).score()))));
        }
        double last = expected.get(expected.size() - 1).score();
        assertThat(above(actual, last)).as("hits above the last score for " + query).isEqualTo(above(expected, last));
    }

    private static List<String> above(List<ScoredSentence> hits, double last) {
        return hits.stream().filter(h -> h.score() > last + 1e-4 * Math.max(1, Math.abs(last)))
                .map(h -> h.sentence().id()).sorted().toList();
    }
}
