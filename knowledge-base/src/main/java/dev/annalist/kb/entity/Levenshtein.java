package dev.annalist.kb.entity;

/** Edit distance, for typo-tolerant matching of names and words. */
public final class Levenshtein {
    private Levenshtein() {}

    /**
     * The edit distance of a typo: letters may be mistyped, digits never ("Crashville1" is no typo of
     * "Crashville10", nor "12th" of "21st"), so two words whose digits differ are infinitely far apart.
     */
    public static int typo(String a, String b) {
        return digits(a).equals(digits(b)) ? distance(a, b) : Integer.MAX_VALUE;
    }

    private static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
