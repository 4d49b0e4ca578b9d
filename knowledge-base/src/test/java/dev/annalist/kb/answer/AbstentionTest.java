package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.reader.ReadSpan;
import dev.annalist.kb.reader.Window;
import dev.annalist.kb.store.SentenceRecord;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The abstention's evidence and its two decisions: the margin alone, and weights on all the evidence. */
class AbstentionTest {
    private static final String TEXT = "The bridge at Lyn was blown on 3 May 1942. Rain fell.";
    private static final SentenceRecord FIRST = new SentenceRecord("a:0", "a", 0, 0, new Span(0, 42),
            TEXT.substring(0, 42), List.of(), List.of(), List.of(), List.of());
    private static final SentenceRecord SECOND = new SentenceRecord("a:1", "a", 1, 0, new Span(43, TEXT.length()),
            TEXT.substring(43), List.of(), List.of(), List.of(), List.of());
    private static final Window WINDOW = new Window("a", 0, TEXT, List.of(FIRST, SECOND), 2);

    private static QuestionAnalysis asked(AnswerType type, String... stems) {
        return new QuestionAnalysis("q", "when", type, false, List.of(), Set.of(stems), Set.of(), null, List.of());
    }

    private static ReadSpan span(String text, double score, double noAnswer) {
        int at = TEXT.indexOf(text);
        return new ReadSpan(WINDOW, at, at + text.length(), text, score, noAnswer);
    }

    @Test
    void evidenceSaysHowTheBestSpanMeetsTheQuestion() {
        List<ReadSpan> spans = List.of(span("3 May 1942", 9, 2), span("Rain", 4, 1));
        AbstentionEvidence e = AbstentionEvidence.of(spans, asked(AnswerType.DATE, "bridg", "blown", "tank"));
        assertThat(e.margin()).isEqualTo(7);
        assertThat(e.noAnswer()).isEqualTo(2);
        assertThat(e.lead()).as("ahead of the second window's span").isEqualTo(4);
        assertThat(e.rank()).isCloseTo(Math.log(2), Offset.offset(1e-9));
        assertThat(e.coverage()).as("bridge and blown, not tank").isCloseTo(2.0 / 3, Offset.offset(1e-9));
        assertThat(e.echo()).as("the date repeats nothing of the question").isZero();
        assertThat(e.typeMismatch()).isZero();

        AbstentionEvidence wrongType = AbstentionEvidence.of(List.of(span("Rain", 4, 1)), asked(AnswerType.DATE, "rain"));
        assertThat(wrongType.typeMismatch()).as("a date question answered without a digit").isEqualTo(1);
        assertThat(wrongType.echo()).as("the span only repeats the question").isEqualTo(1);
        assertThat(wrongType.lead()).as("a lone window").isEqualTo(10);
    }

    @Test
    void namesAndNumbersOfTheQuestionThatTheWindowLacksCount() {
        assertThat(AbstentionEvidence.absentNames("When was the bridge at Lyn blown in 1942?", TEXT))
                .as("Lyn and 1942 are there").isZero();
        assertThat(AbstentionEvidence.absentNames("When was the bridge at Kerch blown in 1942?", TEXT))
                .as("Kerch is not").isEqualTo(0.5);
        assertThat(AbstentionEvidence.absentNames("Which bridge was blown?", TEXT)).as("no names asked").isZero();
    }

    @Test
    void theMarginRuleIsEvenAtItsThreshold() {
        Abstention margin = new ReaderSettings(1.5, 2).abstention();
        assertThat(margin.confidence(List.of(span("Rain", 3.5, 2)), asked(AnswerType.DESCRIPTION))).isCloseTo(0.5, Offset.offset(1e-9));
        assertThat(margin.confidence(List.of(span("Rain", 9, 2)), asked(AnswerType.DESCRIPTION))).isGreaterThan(0.9);
    }

    @Test
    void weightsMakeTheDecisionLogisticInTheWeightedEvidence() {
        int n = AbstentionEvidence.NAMES.size();
        List<Double> weights = new java.util.ArrayList<>(Collections.nCopies(n + 1, 0.0));
        weights.set(0, -1.0);
        weights.set(1 + AbstentionEvidence.NAMES.indexOf("coverage"), 3.0);
        ReaderSettings settings = new ReaderSettings(0, 1, weights);
        List<ReadSpan> spans = List.of(span("3 May 1942", 9, 2));
        double covered = settings.abstention().confidence(spans, asked(AnswerType.DATE, "bridg"));
        double uncovered = settings.abstention().confidence(spans, asked(AnswerType.DATE, "tank"));
        assertThat(covered).isCloseTo(1 / (1 + Math.exp(-2)), Offset.offset(1e-9));
        assertThat(uncovered).isCloseTo(1 / (1 + Math.exp(1)), Offset.offset(1e-9));
        assertThat(settings.withThreshold(2).abstention().confidence(spans, asked(AnswerType.DATE, "bridg")))
                .as("a higher threshold abstains more").isCloseTo(0.5, Offset.offset(1e-9));
    }

    @Test
    void aWrongNumberOfWeightsIsRefusedWithTheNames() {
        assertThatThrownBy(() -> new ReaderSettings(0, 1, List.of(1.0, 2.0)))
                .hasMessageContaining("annalist.reader.weights").hasMessageContaining("coverage");
    }

    @Test
    void theRulesFloorIsAConfidenceAndCarriesThroughAThresholdChange() {
        assertThatThrownBy(() -> new ReaderSettings(0, 1, List.of(), 1.5, 0)).hasMessageContaining("annalist.reader.rules-floor");
        assertThatThrownBy(() -> new ReaderSettings(0, 1, List.of(), Double.NaN, 0)).hasMessageContaining("rules-floor");
        ReaderSettings bundled = ReaderSettings.bundled();
        assertThat(bundled.rulesFloor()).isBetween(0.0, 0.5);
        assertThat(bundled.withRulesFloor(0.3).withThreshold(4).rulesFloor()).isEqualTo(0.3);
    }
}
