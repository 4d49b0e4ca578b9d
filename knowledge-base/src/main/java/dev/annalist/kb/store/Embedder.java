package dev.annalist.kb.store;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sentence embeddings from the in-process all-MiniLM-L6-v2 (quantised) model: 384 dimensions, no
 * network. The model loads on first use, so reading entities or the timeline never pays for it.
 */
public final class Embedder {
    private static final Embedder SHARED = new Embedder(MiniLmEmbeddingModel::new);
    private final Supplier<EmbeddingModel> loader;
    private volatile EmbeddingModel model;

    public Embedder(EmbeddingModel model) {
        this.loader = () -> model;
        this.model = model;
    }

    private Embedder(Supplier<EmbeddingModel> loader) {
        this.loader = loader;
    }

    public static Embedder shared() {
        return SHARED;
    }

    public EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = loader.get();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }
}
