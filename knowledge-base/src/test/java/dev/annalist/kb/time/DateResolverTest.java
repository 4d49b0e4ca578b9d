package dev.annalist.kb.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.nlp.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates resolve like a narrative: years carried from context, intervals and bounds kept as such. */
class DateResolverTest {
    private final DateResolver resolver = new DateResolver();

    private String iso(String surface, NarrativeClock clock) {
        return resolver.resolve(new Span(0, surface.length()), surface, clock).orElseThrow().iso();
    }

    @Test
    void carriesTheYearAndRollsDecemberIntoJanuary() {
        NarrativeClock clock = new NarrativeClock(LocalDate.of(1941, 12, 5));
        assertThat(iso("14 December", clock)).isEqualTo("1941-12-14");
        assertThat(iso("30 December", clock)).isEqualTo("1941-12-30");
        assertThat(iso("6 January", clock)).isEqualTo("1942-01-06");
        assertThat(iso("27 December", clock)).isEqualTo("1941-12-27");
    }

    @Test
    void readsIntervalsAndBoundsAsRangesNotDays() {
        NarrativeClock clock = new NarrativeClock(LocalDate.of(1941, 12, 1));
        assertThat(iso("17 December 1941/5 January 1942", clock)).isEqualTo("1941-12-17/1942-01-05");
        assertThat(iso("the night of 17/18 December", clock)).isEqualTo("1941-12-17/1941-12-18");
        assertThat(iso("Between 1 and 6 January 1942", clock)).isEqualTo("1942-01-01/1942-01-06");
        assertThat(iso("by 23 December", clock)).isEqualTo("../1941-12-23");
        assertThat(iso("Until 6 January", clock)).isEqualTo("../1942-01-06");
        assertThat(iso("Early in January", clock)).isEqualTo("1942-01-01/1942-01-10");
        assertThat(iso("since 3 March 1943", clock)).isEqualTo("1943-03-03/..");
    }

    @Test
    void handlesMonthFirstMonthsAndYears() {
        NarrativeClock clock = new NarrativeClock(LocalDate.of(1944, 6, 1));
        assertThat(iso("June 22, 1944", clock)).isEqualTo("1944-06-22");
        assertThat(iso("August 1944", clock)).isEqualTo("1944-08");
        assertThat(iso("mid-July", clock)).isEqualTo("1944-07-11/1944-07-20");
    }

    @Test
    void keepsTheMonthAndDayWhenTheTextNeverGivesAYear() {
        DateMention date = resolver.resolve(new Span(0, 9), "5 January", new NarrativeClock(null)).orElseThrow();
        assertThat(date.iso()).isEqualTo("--01-05");
    }

    @Test
    void anchorsOnTheFirstFullDateOfTheText() {
        assertThat(DateResolver.anchor("It began (17 December 1941/5 January 1942).")).isEqualTo(LocalDate.of(1941, 12, 17));
    }
}
