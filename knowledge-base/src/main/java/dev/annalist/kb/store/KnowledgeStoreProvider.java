package dev.annalist.kb.store;

import java.io.IOException;

/**
 * Opens a store of one kind other than the built-in Lucene one. Found with {@link java.util.ServiceLoader},
 * so the library never depends on an engine's client jars: an adapter module registers itself in
 * {@code META-INF/services/dev.annalist.kb.store.KnowledgeStoreProvider}.
 */
public interface KnowledgeStoreProvider {
    StoreSettings.Kind kind();

    KnowledgeStore open(StoreSettings settings, Embedder embedder) throws IOException;
}
