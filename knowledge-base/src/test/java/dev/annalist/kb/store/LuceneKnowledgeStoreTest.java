package dev.annalist.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annalist.kb.nlp.Span;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replace is all or nothing: a failure, or a killed process, leaves the last good index readable. */
class LuceneKnowledgeStoreTest {
    @TempDir
    Path dir;

    /** Embeds by letter counts; a sentence containing "POISON" gets a non-finite vector Lucene refuses. */
    static final class TestEmbeddings implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment segment : segments) {
                float[] v = new float[8];
                for (char c : segment.text().toLowerCase().toCharArray()) {
                    v[c % 8] += 1;
                }
                if (segment.text().contains("POISON")) {
                    v[0] = Float.NaN;
                }
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }
    }

    private static Knowledge knowledge(String... sentences) {
        List<SentenceRecord> records = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            records.add(new SentenceRecord("a.txt#" + i, "a.txt", i, 0, new Span(0, sentences[i].length()), sentences[i],
                    List.of(), List.of(), List.of(), List.of()));
        }
        return new Knowledge(List.of(new AccountRecord("a.txt", String.join(" ", sentences), sentences.length)), records,
                List.of(), List.of(), List.of());
    }

    @Test
    void aFailedReplaceLeavesThePreviousKnowledgeForReadersAndForTheNextOpen() throws Exception {
        Embedder embedder = new Embedder(new TestEmbeddings());
        try (LuceneKnowledgeStore store = LuceneKnowledgeStore.open(dir, embedder)) {
            store.replace(knowledge("The 5th Army reached Mozhaisk.", "Vereya was taken on 19 January."), "first");
            assertThatThrownBy(() -> store.replace(knowledge("A new sentence.", "POISON here."), "second"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.fingerprint()).contains("first");
            assertThat(store.searchText("Mozhaisk", 5, SearchFilter.NONE)).hasSize(1);
        }
        try (LuceneKnowledgeStore reopened = LuceneKnowledgeStore.open(dir, embedder)) {
            assertThat(reopened.fingerprint()).contains("first");
            assertThat(reopened.knowledge().sentences()).hasSize(2);
        }
    }

    @Test
    void killingTheProcessDuringIngestionLeavesTheLastGoodIndexReadable() throws Exception {
        Path index = dir.resolve("index");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String account = new String(getClass().getResourceAsStream("/dev/annalist/kb/corpus/kaluga-offensive-operation.txt")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("first.txt"), account);
        assertThat(runKb(index, corpus.resolve("first.txt"), null)).isZero();
        for (int i = 0; i < 120; i++) {
            Files.writeString(corpus.resolve("copy-" + i + ".txt"), account.replace("Kaluga", "Kaluga" + i));
        }
        // Killed as soon as it says sentences are in the writer: long before its commit, whatever the machine's speed.
        assertThat(runKb(index, corpus, "wrote 1024 of")).as("killed while writing").isNotZero();
        try (LuceneKnowledgeStore store = LuceneKnowledgeStore.open(index, Embedder.shared())) {
            assertThat(store.knowledge().accounts()).extracting(AccountRecord::source).containsExactly("first.txt");
            assertThat(store.searchText("Kaluga liberated", 3, SearchFilter.NONE)).isNotEmpty();
        }
    }

    /** Runs {@code kb ingest} in a child JVM; when {@code killOn} appears on its stderr, kills it at once. */
    private static int runKb(Path index, Path input, String killOn) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.annalist.kb.cli.KbCommand",
                "--index", index.toString(), "ingest", input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (killOn != null && line.contains(killOn)) {
                    process.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }
}
