package dev.annalist.kb.entity;

import dev.annalist.kb.nlp.EntityType;
import java.util.List;

/**
 * One real person, formation, place or operation, however the accounts spell it. {@code rank} and
 * {@code role} are null when no text gives them.
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, String rank, String role,
                     List<EntityMention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
