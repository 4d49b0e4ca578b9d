package dev.annalist.kb.store.solr;

import static dev.annalist.kb.store.solr.SolrFields.*;

import dev.annalist.kb.store.SearchFilter;
import dev.annalist.kb.store.StoredDocuments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The store's searches as Solr requests: BM25 over {@code text}, kNN over {@code vector}, and a
 * {@link SearchFilter} as filter queries (pre-filters of the kNN search, as in the Lucene store).
 * Values go in as parameters ({@code v=$...}) so a question can never inject local params.
 */
final class SolrQueries {
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SolrQueries() {}

    /**
     * BM25 over sentence text: the words of the question, each optional, analysed by the field's own
     * chain (the Lucene store's analyser). Syntax characters are escaped and the operators lowered,
     * so "Who?" or "AND" are words, never query syntax.
     */
    static SolrQuery text(String query, int k, String generation, SearchFilter filter) {
        SolrQuery q = base(k, generation, filter);
        q.setQuery("{!lucene df=" + TEXT + " q.op=OR sow=false v=$qq}");
        q.set("qq", words(query));
        return q;
    }

    static String words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : WHITESPACE.split(query.strip())) {
            if (!word.isEmpty()) {
                words.add(ClientUtils.escapeQueryChars(OPERATORS.contains(word) ? word.toLowerCase(Locale.ROOT) : word));
            }
        }
        return String.join(" ", words);
    }

    static SolrQuery vector(float[] vector, int k, String generation, SearchFilter filter) {
        SolrQuery q = base(k, generation, filter);
        StringBuilder v = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            v.append(i == 0 ? "" : ",").append(vector[i]);
        }
        q.setQuery("{!knn f=" + VECTOR + " topK=" + k + " v=$qv}");
        q.set("qv", v.append(']').toString());
        return q;
    }

    private static SolrQuery base(int k, String generation, SearchFilter filter) {
        SolrQuery q = new SolrQuery();
        q.setRows(k);
        q.setFields(UID, "score");
        q.addFilterQuery(term(GENERATION, generation), term(KIND, StoredDocuments.SENTENCE));
        for (String fq : filters(filter)) {
            q.addFilterQuery(fq);
        }
        return q;
    }

    static List<String> filters(SearchFilter filter) {
        List<String> fqs = new ArrayList<>();
        if (filter.entityId() != null) {
            fqs.add(term(ENTITY, filter.entityId()));
        }
        if (filter.entityType() != null) {
            fqs.add(term(ENTITY_TYPE, filter.entityType().name().toLowerCase(Locale.ROOT)));
        }
        if (filter.from() != null || filter.to() != null) {
            fqs.add("{!field f=" + DATES + " op=Intersects}[" + day(filter.from()) + " TO " + day(filter.to()) + "]");
        }
        return fqs;
    }

    private static String day(LocalDate date) {
        return date == null ? "*" : date.toString();
    }

    /** An exact term, no analysis and no syntax: ids hold slashes and colons. */
    static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }
}
