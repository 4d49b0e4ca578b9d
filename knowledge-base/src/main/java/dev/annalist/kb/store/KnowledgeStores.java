package dev.annalist.kb.store;

import java.io.IOException;
import java.util.ServiceLoader;

/** Opens the store the settings name: Lucene here, any other kind through its {@link KnowledgeStoreProvider}. */
public final class KnowledgeStores {
    private KnowledgeStores() {}

    public static KnowledgeStore open(StoreSettings settings, Embedder embedder) throws IOException {
        if (settings.kind() == StoreSettings.Kind.LUCENE) {
            return LuceneKnowledgeStore.open(settings.indexDir(), embedder);
        }
        for (KnowledgeStoreProvider provider : ServiceLoader.load(KnowledgeStoreProvider.class)) {
            if (provider.kind() == settings.kind()) {
                return provider.open(settings, embedder);
            }
        }
        throw new IllegalStateException("the " + settings.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " store is not on the classpath: add the solr-store module (dev.annalist:solr-store)");
    }
}
