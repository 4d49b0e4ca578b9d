package dev.annalist.kb.store;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.time.DateMention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * What every store writes for some knowledge, and in which order: accounts, sentences (with their
 * embeddings), passages, entities, events, relations. Shared so the Lucene and SolrCloud stores index
 * the same documents and read back the same {@link Knowledge}.
 */
public final class StoredDocuments {
    public static final String ACCOUNT = "account";
    public static final String SENTENCE = "sentence";
    public static final String PASSAGE = "passage";
    public static final String ENTITY = "entity";
    public static final String EVENT = "event";
    public static final String RELATION = "relation";
    private static final int EMBED_BATCH = 64;

    /** Receives documents as they are made; may fail with the store's own I/O error. */
    @FunctionalInterface
    public interface Sink {
        void accept(StoredDocument document) throws IOException;
    }

    private StoredDocuments() {}

    /**
     * Makes the documents of {@code knowledge} in write order. Sentences are embedded in batches as
     * they go, so a large corpus never holds all vectors at once; {@code written} hears how many
     * sentences are done before each new batch.
     */
    public static void write(Knowledge knowledge, Embedder embedder, IntConsumer written, Sink sink) throws IOException {
        for (AccountRecord account : knowledge.accounts()) {
            sink.accept(StoredDocument.of(ACCOUNT, account.source(), account));
        }
        List<SentenceRecord> sentences = knowledge.sentences();
        List<float[]> vectors = new ArrayList<>(sentences.size());
        Map<String, StringBuilder> passages = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i % EMBED_BATCH == 0) {
                if (i > 0) {
                    written.accept(i);
                }
                vectors = embedder.embedAll(sentences.subList(i, Math.min(i + EMBED_BATCH, sentences.size())).stream()
                        .map(SentenceRecord::text).toList());
            }
            SentenceRecord s = sentences.get(i);
            sink.accept(new StoredDocument(SENTENCE, s.id(), JsonCodec.write(s), s.text(), vectors.get(i % EMBED_BATCH),
                    s.entityIds(), s.entityIds().stream().map(StoredDocument::typeOf).toList(),
                    s.dates().stream().filter(DateMention::isResolved).toList(), null));
            passages.computeIfAbsent(s.source() + "#p" + s.paragraph(), k -> new StringBuilder()).append(s.text()).append(' ');
        }
        for (var passage : passages.entrySet()) {
            String text = passage.getValue().toString();
            sink.accept(new StoredDocument(PASSAGE, passage.getKey(),
                    JsonCodec.write(Map.of("id", passage.getKey(), "text", text.strip())), text, null, List.of(), List.of(),
                    List.of(), null));
        }
        for (Entity entity : knowledge.entities()) {
            sink.accept(new StoredDocument(ENTITY, entity.id(), JsonCodec.write(entity),
                    entity.name() + " " + String.join(" ", entity.aliases()), null, List.of(), List.of(), List.of(), null));
        }
        for (DatedEvent event : knowledge.events()) {
            sink.accept(new StoredDocument(EVENT, event.id(), JsonCodec.write(event), null, null, event.entities(), List.of(),
                    List.of(), event.date()));
        }
        for (int i = 0; i < knowledge.relations().size(); i++) {
            sink.accept(StoredDocument.of(RELATION, "r" + i, knowledge.relations().get(i)));
        }
    }
}
