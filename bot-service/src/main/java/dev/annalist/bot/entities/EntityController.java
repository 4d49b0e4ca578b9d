package dev.annalist.bot.entities;

import dev.annalist.bot.web.BadRequestException;
import dev.annalist.bot.web.NotFoundException;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.nlp.EntityType;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/entities[?type=PERSON]} lists the canonical entities; {@code GET /api/entities/{id}}
 * (ids look like {@code person/ivan-v-boldin}) gives one entity's card.
 */
@RestController
public class EntityController {
    private final KnowledgeBase knowledgeBase;
    private final EntityCards cards;

    public EntityController(KnowledgeBase knowledgeBase, EntityCards cards) {
        this.knowledgeBase = knowledgeBase;
        this.cards = cards;
    }

    @GetMapping("/api/entities")
    public List<EntitySummary> entities(@RequestParam(name = "type", required = false) String type) {
        EntityType filter = null;
        if (type != null && !type.isBlank()) {
            try {
                filter = EntityType.parse(type);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        }
        return knowledgeBase.entities(filter).stream().map(e -> new EntitySummary(e.id(), e.type().name(), e.name(),
                e.aliases(), e.rank(), e.role(), e.mentions().size())).toList();
    }

    @GetMapping("/api/entities/{type}/{slug}")
    public EntityCard entity(@PathVariable("type") String type, @PathVariable("slug") String slug) {
        String id = type + "/" + slug;
        return cards.card(id).orElseThrow(() -> new NotFoundException("no entity '" + id + "'; GET /api/entities lists them"));
    }
}
