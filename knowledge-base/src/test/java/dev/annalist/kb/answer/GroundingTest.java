package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.reader.ReadSpan;
import dev.annalist.kb.reader.Window;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.SentenceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans from sentences that do not speak of what the question names lose margin, or drop out. */
class GroundingTest {
    private static final String TEXT = "Orel was freed on 5 August. Tula was freed on 9 May.";
    private static final SentenceRecord OREL = new SentenceRecord("a:0", "a", 0, 0, new Span(0, 27),
            TEXT.substring(0, 27), List.of("orel"), List.of(), List.of(), List.of());
    private static final SentenceRecord TULA = new SentenceRecord("a:1", "a", 1, 0, new Span(28, TEXT.length()),
            TEXT.substring(28), List.of("tula"), List.of(), List.of(), List.of());
    private static final Window WINDOW = new Window("a", 0, TEXT, List.of(OREL, TULA), 1);
    private static final AnswerContext CONTEXT = new AnswerContext(
            new Knowledge(List.of(), List.of(OREL, TULA), List.of(), List.of(), List.of()));

    private static ReadSpan span(String text, double margin) {
        int at = TEXT.indexOf(text);
        return new ReadSpan(WINDOW, at, at + text.length(), text, margin, 0);
    }

    /** "When was Orel freed?": the reader prefers Tula's date by 2. */
    private final List<ReadSpan> read = List.of(span("9 May", 7), span("5 August", 5));

    @Test
    void aSmallPenaltyLetsTheSentenceThatNamesTheSubjectWin() {
        List<ReadSpan> weighed = new Grounding(3).weigh(read, List.of("orel"), CONTEXT);
        assertThat(weighed).extracting(ReadSpan::text).containsExactly("5 August", "9 May");
        assertThat(weighed.get(1).margin()).as("kept, 3 lower").isEqualTo(4);
    }

    @Test
    void aPenaltyBelowTheLeadLeavesTheReadersChoiceButLowersItsMargin() {
        List<ReadSpan> weighed = new Grounding(1).weigh(read, List.of("orel"), CONTEXT);
        assertThat(weighed).extracting(ReadSpan::text).containsExactly("9 May", "5 August");
        assertThat(weighed.get(0).margin()).isEqualTo(6);
    }

    @Test
    void anInfinitePenaltyDropsUngroundedSpans() {
        assertThat(new Grounding(Double.POSITIVE_INFINITY).weigh(read, List.of("orel"), CONTEXT))
                .extracting(ReadSpan::text).containsExactly("5 August");
    }

    @Test
    void aQuestionNamingNothingParticularOrNoPenaltyChangesNothing() {
        assertThat(new Grounding(Double.POSITIVE_INFINITY).weigh(read, List.of(), CONTEXT)).isEqualTo(read);
        assertThat(new Grounding(0).weigh(read, List.of("orel"), CONTEXT)).isEqualTo(read);
    }

    @Test
    void aNegativeOrMissingPenaltyIsRefused() {
        assertThatThrownBy(() -> new Grounding(-1)).hasMessageContaining("penalty");
        assertThatThrownBy(() -> new Grounding(Double.NaN)).hasMessageContaining("penalty");
        assertThatThrownBy(() -> ReaderSettings.bundled().withUngroundedPenalty(-0.5))
                .hasMessageContaining("annalist.reader.ungrounded-penalty");
    }
}
