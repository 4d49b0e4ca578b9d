package dev.annalist.kb.store;

import dev.annalist.kb.time.DateMention;
import java.util.List;

/**
 * One document of a store, whatever the engine: its kind and id, the JSON the knowledge is read back
 * from, and what is indexed. {@code text} and {@code vector} are null where the kind has none;
 * {@code dates} are the resolved ranges a date filter matches; {@code eventDate} is set on events only.
 */
public record StoredDocument(String kind, String id, String json, String text, float[] vector, List<String> entities,
                             List<String> entityTypes, List<DateMention> dates, DateMention eventDate) {
    public StoredDocument {
        entities = List.copyOf(entities);
        entityTypes = List.copyOf(entityTypes);
        dates = List.copyOf(dates);
    }

    static StoredDocument of(String kind, String id, Object payload) {
        return new StoredDocument(kind, id, JsonCodec.write(payload), null, null, List.of(), List.of(), List.of(), null);
    }

    /** The type part of an entity id ("unit/50th-army" is a unit), as the entity-type filter matches it. */
    public static String typeOf(String entityId) {
        return entityId.substring(0, entityId.indexOf('/'));
    }
}
