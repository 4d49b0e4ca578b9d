package dev.annalist.kb.store;

import dev.annalist.kb.nlp.EntityType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence speaks of without naming it: the entities of the sentence before it in the same
 * paragraph, of the kinds it names none of itself. "There was fierce fighting" after "... entered
 * Kaluga" is about Kaluga; "At the same time, an offensive was launched toward Tarusa" after "the
 * 49th Army launched an offensive" is about the 49th Army. Narratives carry their subject on this way.
 */
public final class ContinuedEntities {
    private final Map<String, Set<String>> bySentence = new HashMap<>();

    public ContinuedEntities(List<SentenceRecord> sentences) {
        Map<String, SentenceRecord> byKey = new HashMap<>();
        sentences.forEach(s -> byKey.put(s.source() + "#" + s.index(), s));
        for (SentenceRecord s : sentences) {
            SentenceRecord previous = byKey.get(s.source() + "#" + (s.index() - 1));
            if (previous == null || previous.paragraph() != s.paragraph()) {
                continue;
            }
            Set<EntityType> named = EnumSet.noneOf(EntityType.class);
            s.spans().stream().filter(t -> t.entityId() != null).forEach(t -> named.add(t.type()));
            Set<String> continued = new LinkedHashSet<>();
            previous.spans().stream().filter(t -> t.entityId() != null && !named.contains(t.type())
                    && !s.entityIds().contains(t.entityId())).forEach(t -> continued.add(t.entityId()));
            if (!continued.isEmpty()) {
                bySentence.put(s.id(), Set.copyOf(continued));
            }
        }
    }

    /** The entities the sentence carries on from the one before, without naming them. */
    public Set<String> of(SentenceRecord s) {
        return bySentence.getOrDefault(s.id(), Set.of());
    }
}
