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
    private static final int MIN_PER_THREAD = 16;
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
        if (!EmbeddableText.hasContent(text)) {
            throw new IllegalArgumentException("nothing to embed: the text is empty once normalised");
        }
        return model().embed(text).content().vector();
    }

    /**
     * Embeds a batch; large batches are split across the cores (one query is never split). The parts
     * run on {@link EmbeddingThreads}, never on the common fork-join pool: its threads do not see the
     * application's class loader in a Spring Boot jar, and the model's tokenizer, first loaded there,
     * failed and stayed broken for the life of the process.
     */
    public List<float[]> embedAll(List<String> texts) {
        int parts = Math.min(Runtime.getRuntime().availableProcessors(), texts.size() / MIN_PER_THREAD);
        if (parts <= 1) {
            return embedInline(texts);
        }
        int size = (texts.size() + parts - 1) / parts;
        List<java.util.concurrent.Future<List<float[]>>> futures = new java.util.ArrayList<>();
        for (int from = 0; from < texts.size(); from += size) {
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + size));
            futures.add(EmbeddingThreads.POOL.submit(() -> embedInline(chunk)));
        }
        List<float[]> out = new java.util.ArrayList<>(texts.size());
        for (var future : futures) {
            out.addAll(EmbeddingThreads.join(future));
        }
        return out;
    }

    private List<float[]> embedInline(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }
}
