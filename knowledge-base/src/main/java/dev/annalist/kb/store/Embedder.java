package dev.annalist.kb.store;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/** Sentence embeddings from the in-process all-MiniLM-L6-v2 (quantised) model: 384 dimensions, no network. */
public final class Embedder {
    private static volatile Embedder shared;
    private final EmbeddingModel model;

    public Embedder(EmbeddingModel model) {
        this.model = model;
    }

    public static Embedder shared() {
        Embedder embedder = shared;
        if (embedder == null) {
            synchronized (Embedder.class) {
                if (shared == null) {
                    shared = new Embedder(new MiniLmEmbeddingModel());
                }
                embedder = shared;
            }
        }
        return embedder;
    }

    public EmbeddingModel model() {
        return model;
    }

    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }
}
