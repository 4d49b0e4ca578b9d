package dev.annalist.kb.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How an abstention reads: a sentence about what the account lacks, never the question echoed back. */
final class Abstentions {
    private static final Pattern INVERTED = Pattern.compile(
            "^(when|where|why|how|what|which|who|whom|whose)( \\w+)? (was|were|is|are|did|does|do|had|has|have) (.+?)( \\w+)?$");
    private static final Pattern WH_START = Pattern.compile("^(when|where|why|how|what|which|who|whom|whose)\\b.*");

    private Abstentions() {}

    static String notFound(QuestionAnalysis q) {
        String asked = q.text().strip().replaceAll("[?.!\\s]+$", "");
        String lower = asked.isEmpty() ? asked : Character.toLowerCase(asked.charAt(0)) + asked.substring(1);
        if (!WH_START.matcher(lower.toLowerCase(Locale.ROOT)).matches()) {
            return "I could not find an answer to that in the account.";
        }
        String indirect = indirect(lower);
        return indirect == null ? "I could not find the answer to \"" + asked + "?\" in the account."
                : "I could not find in the account " + indirect + ".";
    }

    /**
     * "when was Orel liberated" -> "when Orel was liberated"; "who commanded X" stays; null for a
     * "did" question, whose verb would need inflecting ("when did X fall").
     */
    static String indirect(String question) {
        Matcher m = INVERTED.matcher(question);
        if (!m.matches()) {
            return question;
        }
        String wh = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        String verb = m.group(3);
        String rest = m.group(4);
        String last = m.group(5) == null ? "" : m.group(5).strip();
        return switch (verb) {
            case "did", "does", "do" -> null;
            // a participle stays last ("when Orel was liberated"), else the verb goes last ("who X was")
            default -> last.matches("\\w+(ed|en)") ? wh + " " + rest + " " + verb + " " + last
                    : wh + " " + rest + (last.isEmpty() ? "" : " " + last) + " " + verb;
        };
    }
}
