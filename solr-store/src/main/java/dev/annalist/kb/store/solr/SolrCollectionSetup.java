package dev.annalist.kb.store.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates what the store needs when it is missing: its configset (uploaded from this jar, so the schema
 * always matches the code that writes to it) and its collection. An existing configset or collection is
 * left as it is.
 */
final class SolrCollectionSetup {
    /** Versioned with the schema: a new schema gets a new configset instead of changing a live one. */
    static final String CONFIGSET = "annalist-kb-1";
    static final List<String> CONFIG_FILES = List.of("managed-schema.xml", "solrconfig.xml", "stopwords.txt");
    private static final String RESOURCES = "/dev/annalist/kb/store/solr/configset/";

    private final SolrClient client;

    SolrCollectionSetup(SolrClient client) {
        this.client = client;
    }

    void ensure(String collection, int shards, int replicationFactor) throws IOException, SolrServerException {
        if (!new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(CONFIGSET)) {
            new ConfigSetAdminRequest.Upload().setConfigSetName(CONFIGSET)
                    .setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(), CONFIGSET + ".zip", "application/zip"))
                    .process(client);
        }
        if (!CollectionAdminRequest.listCollections(client).contains(collection)) {
            CollectionAdminRequest.Create create =
                    CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicationFactor);
            create.setWaitForFinalState(true);
            create.process(client);
        }
    }

    static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIG_FILES) {
                zip.putNextEntry(new ZipEntry(file));
                try (InputStream in = resource(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static InputStream resource(String file) {
        InputStream in = SolrCollectionSetup.class.getResourceAsStream(RESOURCES + file);
        if (in == null) {
            throw new IllegalStateException("configset file missing from the jar: " + RESOURCES + file);
        }
        return in;
    }
}
