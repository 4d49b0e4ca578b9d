package dev.annalist.kb.store.solr;

/** Field names of the configset's schema (managed-schema.xml); kept in one place so the two agree. */
final class SolrFields {
    static final String UID = "uid";
    static final String GENERATION = "gen";
    static final String SEQUENCE = "seq";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String JSON = "json";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String ENTITY = "entity";
    static final String ENTITY_TYPE = "entity_type";
    static final String DATES = "dates";
    static final String DATE_START = "date_start";
    static final String DATE_END = "date_end";
    static final String LIVE_GENERATION = "live_gen";
    static final String FINGERPRINT = "fingerprint";
    static final String STORE_SCHEMA = "store_schema";
    /** The one document that says which generation is live and which corpus it holds. */
    static final String META_UID = "meta";
    static final String META_KIND = "meta";

    private SolrFields() {}
}
