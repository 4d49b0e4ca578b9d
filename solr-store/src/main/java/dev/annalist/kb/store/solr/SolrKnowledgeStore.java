package dev.annalist.kb.store.solr;

import static dev.annalist.kb.store.solr.SolrFields.*;

import dev.annalist.kb.store.Embedder;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.KnowledgeCollector;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.store.StoreSettings;
import dev.annalist.kb.store.StoreUnavailableException;
import dev.annalist.kb.store.StoredDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base in a SolrCloud collection: the documents of the Lucene store
 * ({@link StoredDocuments}), spread over shards and replicas. A replace writes a new generation beside
 * the live one and publishes it by rewriting the one meta document; searches filter on the live
 * generation, so readers see the old knowledge until the switch, and a failure or a crash mid-way
 * leaves the old generation live (the next replace sweeps away what was left half written).
 * Other processes on the same collection look at the meta document every refresh interval and read a
 * new generation when there is one; the writer keeps the old generation for two intervals after the
 * switch, so they never search a generation that is gone.
 */
public final class SolrKnowledgeStore implements KnowledgeStore {
    static final String SCHEMA = "1";
    private static final int UPDATE_BATCH = 500;
    /** The Lucene store's progress step: KnowledgeBase prints a line at each multiple of 1024 sentences. */
    private static final int SENTENCES_PER_BATCH = 64;
    private static final int READ_PAGE = 1000;
    private static final int SEARCH_ATTEMPTS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(SolrKnowledgeStore.class);

    private final CloudSolrClient client;
    private final String collection;
    private final Embedder embedder;
    private final Duration refreshInterval;
    private final ScheduledExecutorService background;
    private final Object writeLock = new Object();
    private volatile State state = State.EMPTY;

    /** The live generation as searched: its knowledge, and its sentences by uid so hits need no stored-field reads. */
    private record State(String generation, String fingerprint, Knowledge knowledge, Map<String, SentenceRecord> sentences) {
        static final State EMPTY = new State(null, null, Knowledge.EMPTY, Map.of());
    }

    SolrKnowledgeStore(CloudSolrClient client, String collection, Embedder embedder, Duration refreshInterval) {
        this.client = client;
        this.collection = collection;
        this.embedder = embedder;
        this.refreshInterval = refreshInterval;
        this.background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "solr-store-" + collection);
            thread.setDaemon(true);
            return thread;
        });
        long millis = refreshInterval.toMillis();
        background.scheduleWithFixedDelay(this::refreshIfPublishedElsewhere, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Reads the live generation again when another process has published one; a failure waits for the next turn. */
    private void refreshIfPublishedElsewhere() {
        try {
            SolrDocument meta = client.getById(collection, META_UID);
            String live = meta == null ? null : (String) meta.getFieldValue(LIVE_GENERATION);
            if (live != null && !live.equals(state.generation())) {
                synchronized (writeLock) {
                    reload();
                }
            }
        } catch (SolrServerException | IOException | RuntimeException e) {
            LOG.warn("cannot look for new knowledge in collection {}: {}", collection, e.toString());
        }
    }

    /** Connects through ZooKeeper, creates the configset and collection when missing, and reads the live generation. */
    public static SolrKnowledgeStore open(StoreSettings.SolrCloud settings, Embedder embedder) throws IOException {
        CloudSolrClient client = SolrClients.connect(settings);
        try {
            new SolrCollectionSetup(client).ensure(settings.collection(), settings.shards(), settings.replicationFactor());
            SolrKnowledgeStore store = new SolrKnowledgeStore(client, settings.collection(), embedder,
                    settings.refreshInterval());
            try {
                store.reload();
            } catch (IOException | RuntimeException e) {
                store.background.shutdownNow();
                throw e;
            }
            return store;
        } catch (SolrServerException | SolrException | IOException e) {
            client.close();
            throw new IOException("cannot open collection '" + settings.collection() + "' on SolrCloud at "
                    + settings.zkHosts() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void replace(Knowledge knowledge, String fingerprint, IntConsumer written) throws IOException {
        synchronized (writeLock) {
            State live = state;
            if (fingerprint.equals(live.fingerprint())) {
                return; // the collection already holds exactly this corpus
            }
            String generation = UUID.randomUUID().toString();
            try {
                deleteAllBut(live.generation()); // what a failed or killed replace left behind
                write(knowledge, generation, written);
                client.commit(collection, true, true);
                client.add(collection, SolrDocuments.meta(generation, fingerprint, SCHEMA));
                client.commit(collection, true, true); // the switch: from here on the new generation is live
            } catch (SolrServerException | IOException | RuntimeException e) {
                discard(generation, e);
                throw e instanceof IOException io ? io : new IOException("writing to collection " + collection + " failed: "
                        + e.getMessage(), e);
            }
            reload();
            if (live.generation() != null) {
                long grace = 2 * refreshInterval.toMillis();
                background.schedule(() -> removeOldGenerations(generation), grace, TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Deletes every generation but {@code generation}, if it is still the live one, and expunges, so term
     * statistics count only live documents, as in a fresh Lucene index. Left undone (the process ended,
     * Solr refused), the next replace does it.
     */
    private void removeOldGenerations(String generation) {
        synchronized (writeLock) {
            if (!generation.equals(state.generation())) {
                return;
            }
            try {
                deleteAllBut(generation);
                UpdateRequest expunge = new UpdateRequest();
                expunge.setAction(UpdateRequest.ACTION.COMMIT, true, true);
                expunge.setParam("expungeDeletes", "true");
                expunge.process(client, collection);
            } catch (SolrServerException | SolrException | IOException e) {
                LOG.warn("the old knowledge in collection {} stays until the next replace: {}", collection, e.toString());
            }
        }
    }

    /**
     * Sends documents in batches (at most 500 documents, 64 sentences); {@code written} hears how many
     * sentences Solr has taken after each batch.
     */
    private void write(Knowledge knowledge, String generation, IntConsumer written) throws IOException, SolrServerException {
        List<SolrInputDocument> batch = new ArrayList<>(UPDATE_BATCH);
        long[] sequence = {0};
        int[] sentences = {0, 0}; // in the batch, sent
        Runnable send = () -> {
            try {
                client.add(collection, batch);
            } catch (SolrServerException | IOException e) {
                throw new UncheckedSolrException(e);
            }
            batch.clear();
            if (sentences[0] > 0) {
                sentences[1] += sentences[0];
                sentences[0] = 0;
                written.accept(sentences[1]);
            }
        };
        try {
            StoredDocuments.write(knowledge, embedder, n -> { }, stored -> {
                batch.add(SolrDocuments.of(stored, generation, sequence[0]++));
                if (stored.kind().equals(StoredDocuments.SENTENCE)) {
                    sentences[0]++;
                }
                if (batch.size() == UPDATE_BATCH || sentences[0] == SENTENCES_PER_BATCH) {
                    send.run();
                }
            });
            if (!batch.isEmpty()) {
                send.run();
            }
        } catch (UncheckedSolrException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (SolrServerException) e.getCause();
        }
    }

    /** Carries a Solr or I/O failure out of the document sink. */
    private static final class UncheckedSolrException extends RuntimeException {
        UncheckedSolrException(Exception cause) {
            super(cause);
        }
    }

    private void deleteAllBut(String generation) throws IOException, SolrServerException {
        String keep = generation == null ? "" : " -" + GENERATION + ":\"" + generation + "\"";
        client.deleteByQuery(collection, "*:* -" + KIND + ":" + META_KIND + keep);
    }

    private void discard(String generation, Exception failure) {
        try {
            client.deleteByQuery(collection, GENERATION + ":\"" + generation + "\"");
            client.commit(collection);
        } catch (SolrServerException | SolrException | IOException e) {
            failure.addSuppressed(e); // the next replace removes it
        }
    }

    /** Reads the live generation, all of it, in the order it was written (a cursor, so any size pages). */
    private void reload() throws IOException {
        try {
            SolrDocument meta = client.getById(collection, META_UID);
            if (meta == null) {
                state = State.EMPTY;
                return;
            }
            String generation = (String) meta.getFieldValue(LIVE_GENERATION);
            KnowledgeCollector collector = new KnowledgeCollector();
            Map<String, SentenceRecord> sentences = new HashMap<>();
            SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrQueries.term(GENERATION, generation))
                    .setFields(UID, KIND, JSON).setRows(READ_PAGE)
                    .addSort(SEQUENCE, SolrQuery.ORDER.asc).addSort(UID, SolrQuery.ORDER.asc);
            String cursor = CursorMarkParams.CURSOR_MARK_START;
            while (true) {
                q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse page = client.query(collection, q);
                for (SolrDocument d : page.getResults()) {
                    SentenceRecord s = collector.add((String) d.getFieldValue(KIND), (String) d.getFieldValue(JSON));
                    if (s != null) {
                        sentences.put((String) d.getFieldValue(UID), s);
                    }
                }
                if (cursor.equals(page.getNextCursorMark())) {
                    break;
                }
                cursor = page.getNextCursorMark();
            }
            state = new State(generation, (String) meta.getFieldValue(FINGERPRINT), collector.knowledge(), Map.copyOf(sentences));
        } catch (SolrServerException | SolrException e) {
            throw new IOException("cannot read collection " + collection + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> fingerprint() {
        return Optional.ofNullable(state.fingerprint());
    }

    @Override
    public Knowledge knowledge() {
        return state.knowledge();
    }

    @Override
    public List<ScoredSentence> searchText(String query, int k, SearchFilter filter) {
        State live = state;
        if (live.generation() == null || k <= 0 || SolrQueries.words(query).isEmpty()) {
            return List.of();
        }
        return run(live, SolrQueries.text(query, k, live.generation(), filter));
    }

    @Override
    public List<ScoredSentence> searchVector(float[] vector, int k, SearchFilter filter) {
        State live = state;
        if (live.generation() == null || k <= 0) {
            return List.of();
        }
        return run(live, SolrQueries.vector(vector, k, live.generation(), filter));
    }

    /**
     * Runs a search, again on failure: a replica going down can cut a response in flight ("parsing
     * error") after SolrJ has chosen it, and SolrJ does not retry those; the next try reaches a live
     * replica. A bad request (4xx) fails at once. When no try reaches the cluster, it is
     * {@link StoreUnavailableException}: the next search tries again, so the store recovers by itself
     * when the nodes are back.
     */
    private List<ScoredSentence> run(State live, SolrQuery query) {
        for (int attempt = 1; ; attempt++) {
            try {
                return hits(live, client.query(collection, query));
            } catch (SolrServerException | IOException | SolrException e) {
                if (SolrFailures.badRequest(e) || attempt == SEARCH_ATTEMPTS) {
                    String what = "search failed on collection " + collection + " after " + attempt + " attempt(s)";
                    if (SolrFailures.unreachable(e)) {
                        throw new StoreUnavailableException(what + ": SolrCloud is not reachable (" + e.getMessage() + ")", e);
                    }
                    throw new UncheckedIOException(what, e instanceof IOException io ? io : new IOException(e));
                }
                LOG.warn("search on collection {} failed (attempt {} of {}), trying again: {}", collection, attempt,
                        SEARCH_ATTEMPTS, e.toString());
                pause(attempt);
            }
        }
    }

    private static List<ScoredSentence> hits(State live, QueryResponse response) {
        List<ScoredSentence> out = new ArrayList<>(response.getResults().size());
        for (SolrDocument hit : response.getResults()) {
            SentenceRecord s = live.sentences().get((String) hit.getFieldValue(UID));
            if (s != null) {
                out.add(new ScoredSentence(s, ((Number) hit.getFieldValue("score")).doubleValue(), out.size() + 1));
            }
        }
        return out;
    }

    /** A short back-off, so the cluster state can drop a node that just went away. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a search", e);
        }
    }

    @Override
    public void close() throws IOException {
        background.shutdownNow();
        client.close();
    }
}
