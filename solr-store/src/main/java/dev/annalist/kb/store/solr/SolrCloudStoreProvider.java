package dev.annalist.kb.store.solr;

import dev.annalist.kb.store.Embedder;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.KnowledgeStoreProvider;
import dev.annalist.kb.store.StoreSettings;
import java.io.IOException;

/** Registers the SolrCloud store with {@link dev.annalist.kb.store.KnowledgeStores} (kb.store=solrcloud). */
public final class SolrCloudStoreProvider implements KnowledgeStoreProvider {
    @Override
    public StoreSettings.Kind kind() {
        return StoreSettings.Kind.SOLRCLOUD;
    }

    @Override
    public KnowledgeStore open(StoreSettings settings, Embedder embedder) throws IOException {
        return SolrKnowledgeStore.open(settings.solrCloud(), embedder);
    }
}
