package dev.annalist.kb.store;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The port to where knowledge is kept and searched. Lucene on disk now; a SolrCloud or OpenSearch
 * adapter can take its place when one machine is not enough.
 */
public interface KnowledgeStore extends AutoCloseable {
    /** Replaces everything in one atomic commit: readers see the old knowledge until it is done. */
    default void replace(Knowledge knowledge, String fingerprint) throws IOException {
        replace(knowledge, fingerprint, written -> { });
    }

    /** As {@link #replace(Knowledge, String)}, telling {@code written} how many sentences are in so far. */
    void replace(Knowledge knowledge, String fingerprint, java.util.function.IntConsumer written) throws IOException;

    /** The fingerprint of the corpus the stored knowledge was built from, if any. */
    Optional<String> fingerprint();

    /** Everything stored, held in memory. */
    Knowledge knowledge();

    /** BM25 over sentence text. */
    List<ScoredSentence> searchText(String query, int k, SearchFilter filter);

    /** Nearest sentences by embedding. */
    List<ScoredSentence> searchVector(float[] vector, int k, SearchFilter filter);

    @Override
    void close() throws IOException;
}
