package dev.annalist.kb.entity;

import dev.annalist.kb.nlp.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the knowledge base's entities in a question, however it spells them: aliases folded (case,
 * diacritics, transliteration), ordinals and roman numerals read as numbers ("137 division",
 * "LIII Corps" = "53rd corps"), and one or two typos tolerated in longer names (not in their first
 * two letters, which keeps the lookup fast on large corpora).
 */
public final class EntityLexicon {
    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(st|nd|rd|th)$");
    private static final Pattern ROMAN = Pattern.compile("^[ivxlc]+$");
    private static final java.util.Set<String> EDGE_WORDS = java.util.Set.of("the", "a", "an", "of", "in", "on", "at",
            "to", "by", "for", "from", "with", "and", "or", "was", "were", "is", "did", "do", "who", "what", "when",
            "where", "which", "how", "why", "it", "its", "they", "their", "his", "he");
    private final Map<String, String> idByKey = new HashMap<>();
    /** Keys without spaces, bucketed by their first two letters and length, for typo-tolerant lookup. */
    private final Map<String, List<Map.Entry<String, String>>> buckets = new HashMap<>();

    /** A name found in the question: the entity and the question words it covers [from, to). */
    public record Match(String entityId, int from, int to) {}

    public EntityLexicon(List<Entity> entities) {
        for (Entity e : entities) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            if (e.type() == EntityType.OPERATION) {
                // "the Kaluga operation" names "the Kaluga Offensive Operation" too
                names.add(e.name().replaceAll("\\b(Strategic|Offensive|Defensive)\\s+", ""));
            }
            if (e.type() == EntityType.PERSON) {
                String[] parts = e.name().split("\\s+");
                names.add(parts[parts.length - 1]);
                names.add(parts[0] + " " + parts[parts.length - 1]);
            }
            for (String name : names) {
                for (String key : NameFolding.keys(numerals(compassWords(name)))) {
                    idByKey.putIfAbsent(normalise(key), e.id());
                }
            }
        }
        idByKey.forEach((key, id) -> {
            String squeezed = key.replace(" ", "");
            if (squeezed.length() >= 2) {
                buckets.computeIfAbsent(bucket(squeezed, squeezed.length()), b -> new ArrayList<>())
                        .add(Map.entry(squeezed, id));
            }
        });
    }

    private static String bucket(String key, int length) {
        return key.substring(0, 2) + ":" + length;
    }

    /** The names in a question's words, longest first, without overlaps. */
    public List<Match> find(List<String> words) {
        List<Match> out = new ArrayList<>();
        boolean[] used = new boolean[words.size()];
        for (int length = Math.min(6, words.size()); length >= 1; length--) {
            for (int from = 0; from + length <= words.size(); from++) {
                if (anyUsed(used, from, from + length)) {
                    continue;
                }
                String phrase = String.join(" ", words.subList(from, from + length));
                Optional<String> id = lookup(phrase);
                if (id.isPresent()) {
                    out.add(new Match(id.get(), from, from + length));
                    for (int i = from; i < from + length; i++) {
                        used[i] = true;
                    }
                }
            }
        }
        return out;
    }

    private Optional<String> lookup(String phrase) {
        String key = normalise(NameFolding.key(numerals(compassWords(phrase))));
        if (key.isEmpty() || key.length() < 3) {
            return Optional.empty();
        }
        String exact = idByKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        int allowed = key.length() >= 12 ? 2 : key.length() >= 5 ? 1 : 0;
        String[] words = key.split(" ");
        if (allowed == 0 || words.length > 4 || EDGE_WORDS.contains(words[0]) || EDGE_WORDS.contains(words[words.length - 1])) {
            return Optional.empty(); // names do not start or end with "the" or "was"
        }
        String squeezed = key.replace(" ", "");
        String best = null;
        int bestDistance = allowed + 1;
        for (int length = squeezed.length() - allowed; length <= squeezed.length() + allowed; length++) {
            for (Map.Entry<String, String> entry : buckets.getOrDefault(bucket(squeezed, length), List.of())) {
                int d = Levenshtein.typo(entry.getKey(), squeezed);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = entry.getValue();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern COMPASS_ADJECTIVE = Pattern.compile("(?i)\\b(west|east|north|south)(?:ern)\\b");

    /** "Western Front" and "West Front" are one name: compass adjectives read as the compass point. */
    static String compassWords(String name) {
        // A cheap test first: this runs on every phrase of every question.
        return name.toLowerCase(java.util.Locale.ROOT).contains("ern")
                ? COMPASS_ADJECTIVE.matcher(name).replaceAll("$1") : name;
    }

    /** Drops "the" from a folded key. */
    static String normalise(String key) {
        List<String> tokens = new ArrayList<>();
        for (String t : key.split(" ")) {
            if (!t.equals("the")) {
                tokens.add(t);
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * Reads "137th" as 137 and the numeral of "LIII Corps" as 53, before folding (which would merge
     * the doubled letters of a numeral). A numeral counts only before another word.
     */
    static String numerals(String name) {
        String[] parts = name.strip().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String lower = parts[i].toLowerCase(java.util.Locale.ROOT);
            var ordinal = ORDINAL.matcher(lower);
            if (ordinal.matches()) {
                parts[i] = ordinal.group(1);
            } else if (parts.length > 1 && i < parts.length - 1 && ROMAN.matcher(lower).matches()) {
                parts[i] = Integer.toString(roman(lower));
            }
        }
        return String.join(" ", parts);
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
