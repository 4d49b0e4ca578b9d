package dev.annalist.kb.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SentenceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Windows grow around their anchor inside one paragraph, within the budget, and never repeat a sentence. */
class WindowBuilderTest {
    private static final String TEXT = "One a. Two b.\n\nThree c. Four d. Five e.";
    private final List<SentenceRecord> sentences = new ArrayList<>();
    private final Map<String, SentenceRecord> byKey = new HashMap<>();

    WindowBuilderTest() {
        add(0, 0, 0, 6);
        add(1, 0, 7, 13);
        add(2, 1, 15, 23);
        add(3, 1, 24, 31);
        add(4, 1, 32, 39);
    }

    private void add(int index, int paragraph, int start, int end) {
        SentenceRecord s = new SentenceRecord("a#" + index, "a", index, paragraph, new Span(start, end),
                TEXT.substring(start, end), List.of(), List.of(), List.of(), List.of());
        sentences.add(s);
        byKey.put("a#" + index, s);
    }

    private WindowBuilder builder() {
        return new WindowBuilder((source, i) -> byKey.get(source + "#" + i), Map.of("a", TEXT), s -> 10);
    }

    private ScoredSentence hit(int index, int rank) {
        return new ScoredSentence(sentences.get(index), 1, rank);
    }

    @Test
    void growsToTheNextThenThePreviousSentenceOfTheSameParagraph() {
        List<Window> windows = builder().build(List.of(hit(3, 1)), 30, 3);
        assertThat(windows).hasSize(1);
        assertThat(windows.get(0).text()).isEqualTo("Three c. Four d. Five e.");
        assertThat(windows.get(0).start()).isEqualTo(15);
    }

    @Test
    void staysInsideTheBudgetAndTheParagraph() {
        List<Window> windows = builder().build(List.of(hit(1, 1)), 30, 3);
        assertThat(windows.get(0).text()).isEqualTo("One a. Two b.");
        assertThat(builder().build(List.of(hit(3, 1)), 20, 3).get(0).text()).isEqualTo("Four d. Five e.");
    }

    @Test
    void aSentenceAlreadyReadAnchorsNoSecondWindow() {
        List<Window> windows = builder().build(List.of(hit(2, 1), hit(3, 2), hit(0, 3)), 30, 3);
        assertThat(windows).extracting(Window::text).containsExactly("Three c. Four d. Five e.", "One a. Two b.");
        assertThat(windows.get(1).rank()).isEqualTo(3);
        assertThat(builder().build(List.of(hit(2, 1), hit(0, 2)), 30, 1)).hasSize(1);
    }

    @Test
    void mapsAnOffsetBackToItsSentence() {
        Window w = builder().build(List.of(hit(3, 1)), 30, 3).get(0);
        assertThat(w.sentenceAt(26).index()).isEqualTo(3);
        assertThat(w.sentenceAt(38).index()).isEqualTo(4);
    }
}
