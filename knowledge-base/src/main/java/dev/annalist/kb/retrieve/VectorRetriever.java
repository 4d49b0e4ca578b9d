package dev.annalist.kb.retrieve;

import dev.annalist.kb.store.Embedder;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.EmbeddableText;
import dev.annalist.kb.store.SearchFilter;
import java.util.List;

/** Semantic retrieval: nearest sentence embeddings. Best for paraphrases ("freed" for "liberated"). */
public final class VectorRetriever implements Retriever {
    private final KnowledgeStore store;
    private final Embedder embedder;

    public VectorRetriever(KnowledgeStore store, Embedder embedder) {
        this.store = store;
        this.embedder = embedder;
    }

    @Override
    public List<ScoredSentence> retrieve(String query, int k, SearchFilter filter) {
        // The embedding model refuses text its tokenizer leaves nothing of ("\ufffd", a lone accent).
        if (!EmbeddableText.hasContent(query)) {
            return List.of();
        }
        return store.searchVector(embedder.embed(query), k, filter);
    }
}
