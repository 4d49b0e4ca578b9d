package dev.annalist.kb.retrieve;

import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses several retrievers by weighted reciprocal rank: each sentence scores the sum of
 * weight / (K + rank) over the lists it appears in. Rank-based, so BM25, cosine and entity scores
 * need no common scale.
 */
public final class HybridRetriever implements Retriever {
    static final int K = 60;
    private final List<Part> parts;
    private final int depth;

    /** A retriever and how much its ranks count. */
    public record Part(Retriever retriever, double weight) {}

    public HybridRetriever(List<Part> parts, int depth) {
        this.parts = List.copyOf(parts);
        this.depth = depth;
    }

    @Override
    public List<ScoredSentence> retrieve(String query, int k, SearchFilter filter) {
        Map<String, ScoredSentence> first = new LinkedHashMap<>();
        Map<String, Double> fused = new LinkedHashMap<>();
        int fetch = Math.max(k, depth);
        for (Part part : parts) {
            for (ScoredSentence hit : part.retriever().retrieve(query, fetch, filter)) {
                String id = hit.sentence().id();
                first.putIfAbsent(id, hit);
                fused.merge(id, part.weight() / (K + hit.rank()), Double::sum);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(fused.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        List<ScoredSentence> out = new ArrayList<>(Math.min(k, ranked.size()));
        for (Map.Entry<String, Double> entry : ranked.subList(0, Math.min(k, ranked.size()))) {
            out.add(new ScoredSentence(first.get(entry.getKey()).sentence(), entry.getValue(), out.size() + 1));
        }
        return out;
    }
}
