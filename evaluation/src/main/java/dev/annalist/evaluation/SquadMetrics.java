package dev.annalist.evaluation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact match and token F1 as the official SQuAD script computes them: lower case, punctuation and
 * the articles a/an/the removed, white space folded; the best score over the accepted answers.
 * Diacritics are folded too, since the account itself is inconsistent about them.
 */
public final class SquadMetrics {
    private SquadMetrics() {}

    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\p{Punct}|[’‘“”–—]", " ");
        s = s.replaceAll("\\b(a|an|the)\\b", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    public static double exactMatch(String prediction, List<String> golds) {
        String p = normalise(prediction);
        return golds.stream().anyMatch(g -> normalise(g).equals(p)) ? 1 : 0;
    }

    public static double f1(String prediction, List<String> golds) {
        return golds.stream().mapToDouble(g -> f1(prediction, g)).max().orElse(0);
    }

    static double f1(String prediction, String gold) {
        List<String> p = tokens(prediction);
        List<String> g = tokens(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return p.equals(g) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        g.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : p) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / p.size();
        double recall = (double) common / g.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> tokens(String text) {
        String n = normalise(text);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }
}
