package dev.annalist.kb.store;

import dev.annalist.kb.time.DateMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The knowledge base in a Lucene index on disk. One document per account, passage, sentence, entity,
 * event and relation; sentences carry BM25 text, an embedding and their date ranges. A replace is one
 * commit, so a crash mid-way leaves the previous commit, and searches go on through a
 * {@link SearcherManager} while it runs.
 */
public final class LuceneKnowledgeStore implements KnowledgeStore {
    static final String SCHEMA = "1";
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String JSON = "json";
    private static final String VECTOR = "vector";
    private static final String ENTITY = "entity";
    private static final String ENTITY_TYPE = "entity_type";
    private static final String DATES = "dates";

    private final Directory directory;
    private final Analyzer analyzer = new FoldingEnglishAnalyzer();
    private final Embedder embedder;
    private final Object writeLock = new Object();
    private volatile State state = new State(null, Knowledge.EMPTY, new SentenceRecord[0], null);

    /**
     * One commit as searched: its searcher, its knowledge, and its sentences by Lucene doc id (the
     * searcher never refreshes, so ids stay valid and hits need no stored-field reads).
     */
    private record State(SearcherManager searchers, Knowledge knowledge, SentenceRecord[] sentenceByDoc,
                         String fingerprint) {}

    private LuceneKnowledgeStore(Directory directory, Embedder embedder) {
        this.directory = directory;
        this.embedder = embedder;
    }

    public static LuceneKnowledgeStore open(Path dir, Embedder embedder) throws IOException {
        Files.createDirectories(dir);
        LuceneKnowledgeStore store = new LuceneKnowledgeStore(FSDirectory.open(dir), embedder);
        store.reload();
        return store;
    }

    @Override
    public void replace(Knowledge knowledge, String fingerprint, IntConsumer written) throws IOException {
        synchronized (writeLock) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false); // a failure must never publish half an index
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                try {
                    writer.deleteAll();
                    write(writer, knowledge, written);
                    writer.setLiveCommitData(Map.of("fingerprint", fingerprint, "schema", SCHEMA).entrySet());
                    writer.commit();
                } catch (IOException | RuntimeException e) {
                    writer.rollback();
                    throw e;
                }
            }
            reload();
        }
    }

    private void write(IndexWriter writer, Knowledge knowledge, IntConsumer written) throws IOException {
        StoredDocuments.write(knowledge, embedder, written, stored -> writer.addDocument(document(stored)));
    }

    private static Document document(StoredDocument stored) {
        Document d = new Document();
        d.add(new StringField(KIND, stored.kind(), Field.Store.YES));
        d.add(new StringField(ID, stored.id(), Field.Store.YES));
        d.add(new StoredField(JSON, stored.json()));
        if (stored.text() != null) {
            d.add(new TextField(TEXT, stored.text(), Field.Store.NO));
        }
        if (stored.vector() != null) {
            d.add(new KnnFloatVectorField(VECTOR, stored.vector(), VectorSimilarityFunction.COSINE));
        }
        stored.entities().forEach(e -> d.add(new StringField(ENTITY, e, Field.Store.NO)));
        stored.entityTypes().forEach(t -> d.add(new StringField(ENTITY_TYPE, t, Field.Store.NO)));
        for (DateMention date : stored.dates()) {
            d.add(new LongRange(DATES, new long[] {date.startEpochDay()}, new long[] {date.endEpochDay()}));
        }
        if (stored.eventDate() != null) {
            d.add(new LongPoint("date_start", stored.eventDate().startEpochDay()));
            d.add(new LongPoint("date_end", stored.eventDate().endEpochDay()));
        }
        return d;
    }

    /**
     * BM25 with a mild length penalty (b 0.4, Lucene's default is 0.75): the documents are sentences,
     * and the long ones that list many formations hold the facts; full length normalisation buries them.
     */
    private static final org.apache.lucene.search.similarities.BM25Similarity SIMILARITY =
            new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.4f);

    /** Reads the last commit into memory and points searches at it. */
    private void reload() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SearcherManager searchers = new SearcherManager(directory, new org.apache.lucene.search.SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SIMILARITY);
                return searcher;
            }
        });
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> commitData = SegmentInfos.readLatestCommit(directory).getUserData();
            KnowledgeCollector collector = new KnowledgeCollector();
            var storedFields = searcher.getIndexReader().storedFields();
            SentenceRecord[] byDoc = new SentenceRecord[searcher.getIndexReader().maxDoc()];
            for (int doc = 0; doc < byDoc.length; doc++) {
                Document d = storedFields.document(doc);
                byDoc[doc] = collector.add(d.get(KIND), d.get(JSON));
            }
            State old = state;
            state = new State(searchers, collector.knowledge(), byDoc,
                    commitData.get("fingerprint"));
            if (old.searchers() != null) {
                old.searchers().close();
            }
        } finally {
            searchers.release(searcher);
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
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String term : terms(query)) {
            text.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text.build(), BooleanClause.Occur.MUST);
        all.add(filterQuery(filter), BooleanClause.Occur.FILTER);
        return run(all.build(), k);
    }

    @Override
    public List<ScoredSentence> searchVector(float[] vector, int k, SearchFilter filter) {
        return run(new KnnFloatVectorQuery(VECTOR, vector, k, filterQuery(filter)), k);
    }

    private List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, query)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Query filterQuery(SearchFilter filter) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, "sentence")), BooleanClause.Occur.FILTER);
        if (filter.entityId() != null) {
            b.add(new TermQuery(new Term(ENTITY, filter.entityId())), BooleanClause.Occur.FILTER);
        }
        if (filter.entityType() != null) {
            b.add(new TermQuery(new Term(ENTITY_TYPE, filter.entityType().name().toLowerCase())), BooleanClause.Occur.FILTER);
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
            long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
            b.add(LongRange.newIntersectsQuery(DATES, new long[] {from}, new long[] {to}), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private List<ScoredSentence> run(Query query, int k) {
        try {
            return run(state, query, k);
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            return run(state, query, k); // a re-index swapped the searcher under us; the new one is ready
        }
    }

    private static List<ScoredSentence> run(State current, Query query, int k) {
        if (current.searchers() == null || k <= 0) {
            return List.of();
        }
        try {
            IndexSearcher searcher = current.searchers().acquire();
            try {
                TopDocs top = searcher.search(query, k);
                List<ScoredSentence> out = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc hit : top.scoreDocs) {
                    SentenceRecord s = current.sentenceByDoc()[hit.doc];
                    if (s != null) {
                        out.add(new ScoredSentence(s, hit.score, out.size() + 1));
                    }
                }
                return out;
            } finally {
                current.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (state.searchers() != null) {
            state.searchers().close();
        }
        directory.close();
    }
}
