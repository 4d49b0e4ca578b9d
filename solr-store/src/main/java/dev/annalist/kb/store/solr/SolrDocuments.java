package dev.annalist.kb.store.solr;

import static dev.annalist.kb.store.solr.SolrFields.*;

import dev.annalist.kb.store.StoredDocument;
import dev.annalist.kb.time.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/** Maps a {@link StoredDocument} onto the configset's fields, tagged with the generation it belongs to. */
final class SolrDocuments {
    private SolrDocuments() {}

    static SolrInputDocument of(StoredDocument stored, String generation, long sequence) {
        SolrInputDocument d = new SolrInputDocument();
        // kinds share ids ("a.txt#0" is a sentence, "a.txt#p0" a passage), and generations coexist while a replace runs
        d.setField(UID, generation + "/" + stored.kind() + "/" + stored.id());
        d.setField(GENERATION, generation);
        d.setField(SEQUENCE, sequence);
        d.setField(KIND, stored.kind());
        d.setField(ID, stored.id());
        d.setField(JSON, stored.json());
        if (stored.text() != null) {
            d.setField(TEXT, stored.text());
        }
        if (stored.vector() != null) {
            List<Float> vector = new ArrayList<>(stored.vector().length);
            for (float v : stored.vector()) {
                vector.add(v);
            }
            d.setField(VECTOR, vector);
        }
        stored.entities().forEach(e -> d.addField(ENTITY, e));
        stored.entityTypes().forEach(t -> d.addField(ENTITY_TYPE, t));
        stored.dates().forEach(date -> d.addField(DATES, dateRange(date.startEpochDay(), date.endEpochDay())));
        DateMention event = stored.eventDate();
        if (event != null) {
            d.setField(DATE_START, event.startEpochDay());
            d.setField(DATE_END, event.endEpochDay());
        }
        return d;
    }

    static SolrInputDocument meta(String generation, String fingerprint, String schema) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(UID, META_UID);
        d.setField(KIND, META_KIND);
        d.setField(LIVE_GENERATION, generation);
        d.setField(FINGERPRINT, fingerprint);
        d.setField(STORE_SCHEMA, schema);
        return d;
    }

    /**
     * A day range in DateRangeField syntax, both ends inclusive, as LongRange over epoch days is in the
     * Lucene store; an open end ("before 1942": the epoch day is Long.MIN_VALUE or MAX_VALUE) is {@code *}.
     */
    static String dateRange(long startEpochDay, long endEpochDay) {
        return "[" + day(startEpochDay) + " TO " + day(endEpochDay) + "]";
    }

    private static String day(long epochDay) {
        return epochDay == Long.MIN_VALUE || epochDay == Long.MAX_VALUE ? "*" : LocalDate.ofEpochDay(epochDay).toString();
    }
}
