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
 * "LIII Corps" = "53rd corps"), and one or two typos tolerated in longer names.
 */
public final class EntityLexicon {
    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(st|nd|rd|th)$");
    private static final Pattern ROMAN = Pattern.compile("^[ivxlc]+$");
    private final Map<String, String> idByKey = new HashMap<>();

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
                for (String key : NameFolding.keys(name)) {
                    idByKey.putIfAbsent(normalise(key), e.id());
                }
            }
        }
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
        String key = normalise(NameFolding.key(phrase));
        if (key.isEmpty() || key.length() < 3) {
            return Optional.empty();
        }
        String exact = idByKey.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        int allowed = key.length() >= 12 ? 2 : key.length() >= 5 ? 1 : 0;
        if (allowed == 0) {
            return Optional.empty();
        }
        String squeezed = key.replace(" ", "");
        String best = null;
        int bestDistance = allowed + 1;
        for (Map.Entry<String, String> entry : idByKey.entrySet()) {
            String candidate = entry.getKey().replace(" ", "");
            if (Math.abs(candidate.length() - squeezed.length()) > allowed || candidate.charAt(0) != squeezed.charAt(0)) {
                continue;
            }
            int d = Levenshtein.distance(candidate, squeezed);
            if (d < bestDistance) {
                bestDistance = d;
                best = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Drops "the", reads "137th" as 137 and "liii" as 53. */
    static String normalise(String key) {
        List<String> tokens = new ArrayList<>();
        String[] parts = key.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String t = parts[i];
            if (t.equals("the")) {
                continue;
            }
            var ordinal = ORDINAL.matcher(t);
            if (ordinal.matches()) {
                t = ordinal.group(1);
            } else if (parts.length > 1 && i < parts.length - 1 && ROMAN.matcher(t).matches()) {
                t = Integer.toString(roman(t));
            }
            tokens.add(t);
        }
        return String.join(" ", tokens);
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
