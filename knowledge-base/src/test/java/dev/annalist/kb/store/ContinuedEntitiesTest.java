package dev.annalist.kb.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuedEntitiesTest {
    private static SentenceRecord sentence(int index, int paragraph, TypedSpan... names) {
        return new SentenceRecord("a#" + index, "a", index, paragraph, new Span(index * 100, index * 100 + 50), "s" + index,
                java.util.Arrays.stream(names).map(TypedSpan::entityId).toList(), List.of(), List.of(), List.of(names));
    }

    private static TypedSpan name(EntityType type, String id) {
        return new TypedSpan(type, new Span(0, 1), id, id);
    }

    @Test
    void aSentenceCarriesOnTheKindsOfNamesItDoesNotGiveItselfWithinItsParagraph() {
        SentenceRecord entered = sentence(0, 0, name(EntityType.UNIT, "unit/7th-corps"), name(EntityType.LOCATION, "location/arnhem"));
        SentenceRecord fighting = sentence(1, 0);
        SentenceRecord bridge = sentence(2, 0, name(EntityType.LOCATION, "location/rhine"));
        SentenceRecord nextParagraph = sentence(3, 1);
        ContinuedEntities continued = new ContinuedEntities(List.of(entered, fighting, bridge, nextParagraph));

        assertThat(continued.of(entered)).isEmpty();
        assertThat(continued.of(fighting)).containsExactlyInAnyOrder("unit/7th-corps", "location/arnhem");
        assertThat(continued.of(bridge)).isEmpty(); // the sentence before names nothing to carry on
        assertThat(continued.of(nextParagraph)).isEmpty();
    }
}
