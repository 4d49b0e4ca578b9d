package dev.annalist.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbedderTest {
    /** Records the thread and context class loader of every batch it embeds; a text's vector is its number. */
    static final class RecordingModel implements EmbeddingModel {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final Set<ClassLoader> loaders = ConcurrentHashMap.newKeySet();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            threads.add(Thread.currentThread().getName());
            loaders.add(Thread.currentThread().getContextClassLoader());
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {Float.parseFloat(s.text())})).toList());
        }
    }

    @Test
    void aLargeBatchRunsOnTheApplicationsOwnThreadsWithItsClassLoaderAndKeepsItsOrder() throws Exception {
        RecordingModel model = new RecordingModel();
        Embedder embedder = new Embedder(model);
        List<String> texts = IntStream.range(0, 200).mapToObj(Integer::toString).toList();
        Thread caller = Thread.currentThread();
        ClassLoader callers = caller.getContextClassLoader();
        try (URLClassLoader stranger = new URLClassLoader(new URL[0], null)) {
            caller.setContextClassLoader(stranger); // as a pool thread that cannot see the application
            List<float[]> vectors = embedder.embedAll(texts);
            assertThat(vectors).extracting(v -> (int) v[0]).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
        } finally {
            caller.setContextClassLoader(callers);
        }
        if (Runtime.getRuntime().availableProcessors() > 1) { // on one core the batch is embedded inline
            assertThat(model.threads).isNotEmpty().allMatch(name -> name.startsWith("annalist-embed-"));
            assertThat(model.loaders).containsOnly(Embedder.class.getClassLoader());
        }
    }

    @Test
    void textTheTokenizerLeavesNothingOfIsRefusedClearly() {
        Embedder embedder = new Embedder(new RecordingModel());
        for (String empty : List.of("", " ", "\ufffd", "\u0301", "\u200b\u0000")) {
            assertThat(EmbeddableText.hasContent(empty)).as(empty).isFalse();
            assertThatThrownBy(() -> embedder.embed(empty)).hasMessageContaining("nothing to embed");
        }
        assertThat(EmbeddableText.hasContent("é")).isTrue();
        assertThat(EmbeddableText.hasContent("\ufffdKaluga")).isTrue();
    }
}
