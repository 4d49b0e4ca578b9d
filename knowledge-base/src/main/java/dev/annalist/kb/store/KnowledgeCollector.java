package dev.annalist.kb.store;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.facts.Relation;
import java.util.ArrayList;
import java.util.List;

/** Reads stored documents back, in write order, into {@link Knowledge}; documents of other kinds are skipped. */
public final class KnowledgeCollector {
    private final List<AccountRecord> accounts = new ArrayList<>();
    private final List<SentenceRecord> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<DatedEvent> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    /** Adds one document; returns its sentence when it is one, so a store can map hits to sentences. */
    public SentenceRecord add(String kind, String json) {
        switch (kind) {
            case StoredDocuments.ACCOUNT -> accounts.add(JsonCodec.read(json, AccountRecord.class));
            case StoredDocuments.SENTENCE -> {
                SentenceRecord s = JsonCodec.read(json, SentenceRecord.class);
                sentences.add(s);
                return s;
            }
            case StoredDocuments.ENTITY -> entities.add(JsonCodec.read(json, Entity.class));
            case StoredDocuments.EVENT -> events.add(JsonCodec.read(json, DatedEvent.class));
            case StoredDocuments.RELATION -> relations.add(JsonCodec.read(json, Relation.class));
            default -> { }
        }
        return null;
    }

    public Knowledge knowledge() {
        return new Knowledge(accounts, sentences, entities, events, relations);
    }
}
