package dev.annalist.kb.retrieve;

import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import java.util.List;

/** Lexical retrieval: BM25 over analysed sentence text. Best for names and numbers. */
public final class Bm25Retriever implements Retriever {
    private final KnowledgeStore store;

    public Bm25Retriever(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    public List<ScoredSentence> retrieve(String query, int k, SearchFilter filter) {
        return store.searchText(query, k, filter);
    }
}
