package dev.annalist.bot.entities;

import dev.annalist.bot.timeline.TimelineEntry;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.store.Knowledge;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds entity cards for every channel (the web API and the Telegram bot), so both show the same facts. */
@Component
public class EntityCards {
    private final KnowledgeBase knowledgeBase;

    public EntityCards(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** The card of the entity with this id ({@code person/ivan-v-boldin}), empty when there is none. */
    public Optional<EntityCard> card(String id) {
        Knowledge knowledge = knowledgeBase.knowledge();
        return knowledge.entities().stream().filter(x -> x.id().equals(id)).findFirst().map(e -> card(e, knowledge));
    }

    /**
     * The card of the entity a user names: an exact name or alias first (any case), then the shortest
     * name containing the words, so "Boldin" finds "Ivan V. Boldin".
     */
    public Optional<EntityCard> byName(String name) {
        String wanted = fold(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Knowledge knowledge = knowledgeBase.knowledge();
        Optional<Entity> exact = knowledge.entities().stream()
                .filter(e -> fold(e.name()).equals(wanted) || e.aliases().stream().anyMatch(a -> fold(a).equals(wanted)))
                .findFirst();
        Optional<Entity> found = exact.isPresent() ? exact : knowledge.entities().stream()
                .filter(e -> fold(e.name()).contains(wanted) || e.aliases().stream().anyMatch(a -> fold(a).contains(wanted)))
                .min(Comparator.comparingInt((Entity e) -> e.name().length()).thenComparing(Entity::id));
        return found.map(e -> card(e, knowledge));
    }

    private static EntityCard card(Entity e, Knowledge knowledge) {
        List<EntityCard.Mention> mentions = e.mentions().stream().map(m -> new EntityCard.Mention(m.source(), m.sentence(),
                knowledge.sentences().stream().filter(s -> s.source().equals(m.source()) && s.index() == m.sentence())
                        .map(s -> s.text()).findFirst().orElse(""), m.span().start(), m.span().end())).toList();
        List<TimelineEntry> events = knowledge.events().stream().filter(ev -> ev.entities().contains(e.id()))
                .map(TimelineEntry::of).toList();
        return new EntityCard(e.id(), e.type().name(), e.name(), e.aliases(), e.rank(), e.role(), mentions, events);
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
