package dev.annalist.kb.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or corrupt model fails with one line naming the file; the bundled one reads long input safely. */
class ReaderModelTest {
    @Test
    void aMissingModelFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.onnx");
        assertThatThrownBy(() -> ReaderModel.fromFile(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessage("reader model " + missing + " does not exist");
    }

    @Test
    void aCorruptModelFileIsNamed(@TempDir Path dir) throws Exception {
        Path corrupt = Files.write(dir.resolve("reader.onnx"), "not a model at all".getBytes());
        assertThatThrownBy(() -> ReaderModel.fromFile(corrupt)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("reader model " + corrupt + " is not a valid ONNX model");
    }

    @Test
    void aWindowLongerThanTheModelReadsIsCutAndItsSpanMapsBack() {
        NeuralReader reader = new NeuralReader(ReaderModel.bundled(), new WordPieces());
        String text = "The bridge was taken on 3 May. " + "The rain fell all day over the marshes. ".repeat(80);
        Window w = new Window("a", 100, text, List.of(new dev.annalist.kb.store.SentenceRecord("a#0", "a", 0, 0,
                new dev.annalist.kb.nlp.Span(100, 100 + text.length()), text, List.of(), List.of(), List.of(), List.of())), 1);
        List<ReadSpan> spans = reader.read("When was the bridge taken?", List.of(w));
        assertThat(spans).hasSize(1);
        ReadSpan s = spans.get(0);
        assertThat(text.substring(s.start() - 100, s.end() - 100)).isEqualTo(s.text());
        assertThat(s.text()).contains("3 May");
    }
}
