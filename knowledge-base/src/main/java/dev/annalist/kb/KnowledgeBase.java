package dev.annalist.kb;

import dev.annalist.kb.answer.AnswerChain;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.LoadProblem;
import dev.annalist.kb.ingest.LoadReport;
import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.pipeline.AccountAnalyzer;
import dev.annalist.kb.reader.NeuralReader;
import dev.annalist.kb.reader.ReaderModel;
import dev.annalist.kb.reader.WordPieces;
import dev.annalist.kb.pipeline.CorpusFingerprint;
import dev.annalist.kb.pipeline.KnowledgeBuilder;
import dev.annalist.kb.retrieve.Bm25Retriever;
import dev.annalist.kb.retrieve.EntityRetriever;
import dev.annalist.kb.retrieve.HybridRetriever;
import dev.annalist.kb.retrieve.Retriever;
import dev.annalist.kb.retrieve.VectorRetriever;
import dev.annalist.kb.store.Embedder;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.KnowledgeStores;
import dev.annalist.kb.store.StoreSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The library's front door: open an index, ingest accounts (only when they changed), and get
 * retrievers, entities and the timeline. Heavy parts (the analysis models) load on first ingestion.
 */
public final class KnowledgeBase implements AutoCloseable {
    public static final Path DEFAULT_INDEX = Path.of("data", "index");
    private static final int FUSION_DEPTH = 20;
    /**
     * What the entity list counts in the fusion beside BM25 and vectors (1 each). Rank fusion rewards
     * being in a list at all, and the entity list ranks sentences by how many of the question's names
     * they hold, ties in reading order, so at 2 an article's early sentences about its subject outranked
     * the answer: on the held-out training articles the answer's sentence was first for 60% of questions
     * (75.8% without entities). At 0.25 it is first for 72.5%, and the reference set keeps its F1
     * (without the list its description questions fall 4 points).
     */
    private static final double ENTITY_WEIGHT = 0.25;

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final Supplier<KnowledgeBuilder> builder;
    private volatile KnowledgeBuilder builderInstance;

    public KnowledgeBase(KnowledgeStore store, Embedder embedder, Supplier<KnowledgeBuilder> builder) {
        this.store = store;
        this.embedder = embedder;
        this.builder = builder;
    }

    /** Sentences between two progress lines while a large index is written. */
    private static final int WRITE_REPORT_EVERY = 1024;

    public static KnowledgeBase open(Path indexDir) throws IOException {
        return open(StoreSettings.lucene(indexDir));
    }

    /** Opens the store the settings select (the embedded Lucene index unless they say solrcloud). */
    public static KnowledgeBase open(StoreSettings settings) throws IOException {
        Embedder embedder = Embedder.shared();
        return new KnowledgeBase(KnowledgeStores.open(settings, embedder), embedder,
                () -> new KnowledgeBuilder(AccountAnalyzer.standard()));
    }

    /** Builds the index from these documents unless it already holds exactly them. */
    public IngestSummary ingest(List<SourceDocument> documents, List<LoadProblem> problems, PrintStream progress)
            throws IOException {
        long started = System.nanoTime();
        String fingerprint = CorpusFingerprint.of(documents);
        boolean rebuild = !store.fingerprint().filter(fingerprint::equals).isPresent();
        if (rebuild) {
            Knowledge knowledge = builder().build(documents, progress);
            int total = knowledge.sentences().size();
            boolean tell = progress != null && documents.size() >= 20;
            if (tell) {
                progress.println("writing the index (embeddings included)...");
            }
            store.replace(knowledge, fingerprint, written -> {
                if (tell && written % WRITE_REPORT_EVERY == 0) {
                    progress.println("wrote " + written + " of " + total + " sentences");
                }
            });
        }
        Knowledge k = store.knowledge();
        return new IngestSummary(documents.size(), k.sentences().size(), k.entities().size(), k.events().size(),
                k.relations().size(), (System.nanoTime() - started) / 1_000_000, rebuild, problems);
    }

    public IngestSummary ingest(LoadReport report, PrintStream progress) throws IOException {
        return ingest(report.documents(), report.problems(), progress);
    }

    /**
     * Adds an account to those stored (replacing one of the same name) and rebuilds the index. The old
     * index keeps serving until the new one is committed, so readers never see a gap.
     */
    public synchronized IngestSummary addAccount(SourceDocument document, PrintStream progress) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        if (store.fingerprint().isPresent()) {
            store.knowledge().accounts().stream().filter(a -> !a.source().equals(document.source()))
                    .map(a -> SourceDocument.plain(a.source(), a.text())).forEach(documents::add);
        }
        documents.add(document);
        return ingest(documents, List.of(), progress);
    }

    /**
     * Makes sure there is something to answer from: the bundled account when nothing was ingested,
     * and the stored accounts analysed again when the index was built by an older pipeline.
     */
    public IngestSummary ensureContent() throws IOException {
        if (store.fingerprint().isPresent() && !CorpusFingerprint.isCurrent(store.fingerprint().get())
                && !store.knowledge().accounts().isEmpty()) {
            List<SourceDocument> stored = store.knowledge().accounts().stream()
                    .map(a -> SourceDocument.plain(a.source(), a.text())).toList();
            return ingest(stored, List.of(), null);
        }
        if (store.fingerprint().isPresent() && !store.knowledge().accounts().isEmpty()) {
            Knowledge k = store.knowledge();
            return new IngestSummary(k.accounts().size(), k.sentences().size(), k.entities().size(), k.events().size(),
                    k.relations().size(), 0, false, List.of());
        }
        return ingest(List.of(AccountLoader.bundled()), List.of(), null);
    }

    public Knowledge knowledge() {
        return store.knowledge();
    }

    public KnowledgeStore store() {
        return store;
    }

    public Embedder embedder() {
        return embedder;
    }

    public Retriever bm25() {
        return new Bm25Retriever(store);
    }

    public Retriever vectors() {
        return new VectorRetriever(store, embedder);
    }

    /** Sentences naming the query's entities, however spelt; statements of facts about them first. */
    public Retriever entities() {
        return new EntityRetriever(store::knowledge);
    }

    /**
     * BM25, vectors and entities, fused by reciprocal rank: the retrieval of the full pipeline. The
     * entities break near-ties in favour of sentences naming what the question names ({@link #ENTITY_WEIGHT}).
     */
    public Retriever hybrid() {
        return new HybridRetriever(List.of(new HybridRetriever.Part(bm25(), 1), new HybridRetriever.Part(vectors(), 1),
                new HybridRetriever.Part(entities(), ENTITY_WEIGHT)), FUSION_DEPTH);
    }

    /** The offline answerer: the answer chain with the trained reader over hybrid retrieval. */
    public Answerer answerer(ConversationMemory memory) {
        return AnswerChain.builder(this::knowledge, hybrid(), reader()).memory(memory).build();
    }

    /**
     * The trained reader, loaded on first use and shared by every knowledge base of the process (the
     * model is read-only). A missing or corrupt model file fails here with one line naming it.
     */
    public static NeuralReader reader() {
        NeuralReader r = reader;
        if (r == null) {
            synchronized (KnowledgeBase.class) {
                if (reader == null) {
                    reader = new NeuralReader(ReaderModel.load(), new WordPieces());
                }
                r = reader;
            }
        }
        return r;
    }

    private static volatile NeuralReader reader;

    public List<Entity> entities(EntityType type) {
        return store.knowledge().entities().stream().filter(e -> type == null || e.type() == type).toList();
    }

    /** Dated events that overlap [from, to], in date order; nulls leave that end open. */
    public List<DatedEvent> timeline(LocalDate from, LocalDate to) {
        long low = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long high = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return store.knowledge().events().stream()
                .filter(e -> e.date().endEpochDay() >= low && e.date().startEpochDay() <= high)
                .toList();
    }

    private KnowledgeBuilder builder() {
        if (builderInstance == null) {
            synchronized (this) {
                if (builderInstance == null) {
                    builderInstance = builder.get();
                }
            }
        }
        return builderInstance;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
