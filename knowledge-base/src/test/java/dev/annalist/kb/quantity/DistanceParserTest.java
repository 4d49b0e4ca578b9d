package dev.annalist.kb.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.nlp.Span;
import org.junit.jupiter.api.Test;

/** Distances normalise to km, preferring the text's own km figure to a conversion. */
class DistanceParserTest {
    private final DistanceParser parser = new DistanceParser();

    private String km(String surface) {
        return parser.parse(new Span(0, surface.length()), surface).orElseThrow().normalised();
    }

    @Test
    void usesTheKilometresTheTextGivesInBrackets() {
        assertThat(km("18.5 miles (30 km)")).isEqualTo("30 km");
        assertThat(km("between 9.3 and 15.5 miles (15 and 25 km)")).isEqualTo("15–25 km");
        assertThat(km("between 74.5 and 81 miles (120 and 130 km,)")).isEqualTo("120–130 km");
    }

    @Test
    void convertsOtherUnits() {
        assertThat(km("10 miles")).isEqualTo("16.1 km");
        assertThat(km("800 metres")).isEqualTo("0.8 km");
    }
}
