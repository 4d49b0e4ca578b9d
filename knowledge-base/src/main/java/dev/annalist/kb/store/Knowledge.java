package dev.annalist.kb.store;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.facts.Relation;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a knowledge base holds, in memory: accounts, sentences, canonical entities, dated
 * events (in date order) and relations. Immutable; a re-index produces a new one.
 */
public record Knowledge(List<AccountRecord> accounts, List<SentenceRecord> sentences, List<Entity> entities,
                        List<DatedEvent> events, List<Relation> relations) {
    public static final Knowledge EMPTY = new Knowledge(List.of(), List.of(), List.of(), List.of(), List.of());

    public Knowledge {
        accounts = List.copyOf(accounts);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        events = events.stream().sorted(Comparator.comparingLong((DatedEvent e) -> e.date().sortKey())
                .thenComparingLong(e -> e.date().endEpochDay()).thenComparing(DatedEvent::source)
                .thenComparingInt(DatedEvent::sentence)).toList();
        relations = List.copyOf(relations);
    }

}
