package dev.annalist.kb.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How an abstention reads: a sentence about what the account lacks, never the question echoed back. */
final class Abstentions {
    private static final Pattern INVERTED = Pattern.compile(
            "^(when|where|why|how|what|which|who|whom|whose)( \\w+)? (was|were|is|are|had|has|have|did|does|do) (.+)$");
    private static final Pattern WH_START = Pattern.compile("^(when|where|why|how|what|which|who|whom|whose)\\b.*");
    /** A verb form the auxiliary belongs before: a participle or an -ing form ("retaken", "stopped", "doing"). */
    private static final Pattern VERB_FORM = Pattern.compile("[a-z]{2,}(ed|en|ing)");
    /** "did X fall" would need its verb inflected ("X fell"): such questions are quoted. */
    private static final Set<String> DO_FORMS = Set.of("did", "does", "do");
    /** A subject of one word: the auxiliary follows it. */
    private static final Pattern PRONOUN = Pattern.compile("it|he|she|they|we|you|this|that|these|those");
    /** Without a verb, a short rest is one noun phrase ("who Vasilyev was"); a longer one may hold a predicate. */
    private static final int SHORT_REST = 3;

    private Abstentions() {}

    static String notFound(QuestionAnalysis q) {
        String asked = q.text().strip().replaceAll("[?.!\\s]+$", "");
        String lower = asked.isEmpty() ? asked : Character.toLowerCase(asked.charAt(0)) + asked.substring(1);
        if (!WH_START.matcher(lower.toLowerCase(Locale.ROOT)).matches()) {
            return "I could not find an answer to that in the account.";
        }
        String indirect = indirect(lower, q.verbStems());
        return indirect == null ? "I could not find the answer to \"" + asked + "?\" in the account."
                : "I could not find in the account " + indirect + ".";
    }

    /**
     * The question as an indirect one, or null where that cannot be said surely (then it is quoted):
     * "when was Orel liberated" -> "when Orel was liberated" (the auxiliary goes before the verb);
     * "who was Vasilyev" -> "who Vasilyev was"; "what was nearing Kaluga" and "who commanded X" stay
     * (the wh-word is the subject); "did" questions, whose verb would need inflecting, and longer
     * verbless ones ("why was the station important to them") are null.
     *
     * @param verbStems stems of the words the question's analysis tagged as verbs
     */
    static String indirect(String question, Set<String> verbStems) {
        Matcher m = INVERTED.matcher(question);
        if (!m.matches()) {
            return question;
        }
        String wh = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        String aux = m.group(3);
        if (DO_FORMS.contains(aux)) {
            return null;
        }
        String[] rest = m.group(4).split(" ");
        for (int i = 0; i < rest.length; i++) {
            if (isVerb(rest[i], verbStems)) {
                if (i == 0) {
                    return question;
                }
                return wh + " " + String.join(" ", Arrays.copyOfRange(rest, 0, i)) + " " + aux + " "
                        + String.join(" ", Arrays.copyOfRange(rest, i, rest.length));
            }
        }
        if (PRONOUN.matcher(rest[0]).matches()) { // "which army was it part of" -> "which army it was part of"
            return wh + " " + rest[0] + " " + aux + (rest.length > 1 ? " " + String.join(" ", Arrays.copyOfRange(rest, 1, rest.length)) : "");
        }
        return rest.length <= SHORT_REST ? wh + " " + m.group(4) + " " + aux : null;
    }

    private static boolean isVerb(String word, Set<String> verbStems) {
        String stem = Stems.of(word);
        return stem != null && verbStems.contains(stem) || VERB_FORM.matcher(word).matches();
    }
}
