package dev.annalist.kb.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The canonical entities of a corpus and which entity each mention (by account and start offset) names. */
public record EntityCatalog(List<Entity> entities, Map<String, String> entityIdByMention) {
    public EntityCatalog {
        entities = List.copyOf(entities);
        entityIdByMention = Map.copyOf(entityIdByMention);
    }

    public static String mentionKey(String source, int start) {
        return source + "#" + start;
    }

    public Optional<String> entityIdAt(String source, int start) {
        return Optional.ofNullable(entityIdByMention.get(mentionKey(source, start)));
    }
}
