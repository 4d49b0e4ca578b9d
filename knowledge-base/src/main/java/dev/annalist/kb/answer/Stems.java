package dev.annalist.kb.answer;

import dev.annalist.kb.entity.Levenshtein;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Content words as Porter stems, with irregular past forms and verbs of the same meaning mapped to
 * one stem ("freed", "retook" and "liberated" all become "liber"), so a question and a sentence
 * that say the same thing in other words still meet. General English and military vocabulary only.
 */
public final class Stems {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from",
            "with", "and", "or", "but", "was", "were", "is", "are", "be", "been", "did", "do", "does", "had", "has", "have",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "it", "its", "they", "them", "their",
            "he", "his", "him", "she", "her", "that", "this", "these", "those", "there", "as", "into", "onto", "so", "then",
            "also", "any", "some", "many", "much", "about", "after", "before", "during", "while", "than", "not", "no", "s",
            // particles of phrasal verbs and light verbs: "made up", "carried out", "what happened", "doing"
            "up", "out", "doing", "done", "happen", "happened", "happens",
            "day", "date", "time", "besides", "except", "other", "kind", "sort", "type");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("led", "lead"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("retaken", "retake"), Map.entry("retook", "retake"), Map.entry("fought", "fight"), Map.entry("got", "get"), Map.entry("withdrew", "withdraw"),
            Map.entry("withdrawn", "withdraw"), Map.entry("met", "meet"), Map.entry("drove", "drive"), Map.entry("driven", "drive"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("went", "go"), Map.entry("won", "win"),
            Map.entry("lost", "lose"), Map.entry("held", "hold"), Map.entry("broke", "break"));
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "january"), Map.entry("feb", "february"),
            Map.entry("mar", "march"), Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"),
            Map.entry("aug", "august"), Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));
    /** Stems that mean the same in accounts of operations, each mapped to the first of its group. */
    private static final List<List<String>> SYNONYMS = List.of(
            List.of("liber", "free", "retak", "recaptur", "regain"),
            List.of("captur", "seiz", "take", "storm"),
            List.of("command", "lead", "head"),
            List.of("reach", "arriv", "get"),
            List.of("fight", "battl", "engag"),
            List.of("withdraw", "retreat", "pull"),
            List.of("begin", "start", "commenc"),
            List.of("end", "finish", "conclud"),
            List.of("transfer", "move", "shift", "redeploy"));

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("'s$");
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s,;:.!?()\"]+");
    private static final int MAX_CACHED = 100_000;
    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Stems() {}

    /** The stem of one word, or null for a stop word or punctuation. */
    public static String of(String word) {
        // Answering stems every word of every candidate sentence; the same few thousand words recur.
        String cached = CACHE.get(word);
        if (cached == null) {
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            String stem = stem(word);
            cached = stem == null ? "" : stem; // "" marks a word without a stem
            CACHE.put(word, cached);
        }
        return cached.isEmpty() ? null : cached;
    }

    private static String stem(String word) {
        String w = POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("");
        w = NOT_ALPHANUMERIC.matcher(w).replaceAll("");
        if (w.isEmpty() || STOP.contains(w)) {
            return null;
        }
        w = IRREGULAR.getOrDefault(w, w);
        w = MONTHS.getOrDefault(w, w);
        String stem = new PorterStemmer().stem(w);
        for (List<String> group : SYNONYMS) {
            if (group.contains(stem)) {
                return group.get(0);
            }
        }
        return stem;
    }

    public static Set<String> ofText(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(text)) {
            add(stems, word);
            if (word.indexOf('-') > 0) {
                // "left-flank" says "flank" too
                for (String part : word.split("-")) {
                    add(stems, part);
                }
            }
        }
        return stems;
    }

    private static void add(Set<String> stems, String word) {
        String stem = of(word);
        if (stem != null) {
            stems.add(stem);
        }
    }

    /** True for stems of the verb groups above (when a question's POS tags miss its verb). */
    public static boolean isKnownVerb(String stem) {
        return SYNONYMS.stream().anyMatch(group -> group.get(0).equals(stem));
    }

    /** Equal, or one edit apart for stems of five letters or more (typos: "libar" for "liber"). */
    public static boolean match(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 5 && Math.abs(a.length() - b.length()) <= 1 && Levenshtein.typo(a, b) <= 1;
    }
}
