package dev.annalist.kb.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the reader a follow-up it can read alone: the first pronoun or "the town"-style reference is
 * replaced by the name of the entity {@link FollowUps} resolved it to ("When did he arrive?" after a
 * question about Boldin reads "When did Boldin arrive?").
 */
final class FollowUpRewriter {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(?:(?:the|that|this) (?:town|city|village|place|river|army group|army|corps|division|unit|front|group|formation)"
            + "|he|him|his|it|its|they|them|their|there)\\b");

    private FollowUpRewriter() {}

    static String rewrite(QuestionAnalysis asked, QuestionAnalysis resolved, AnswerContext ctx) {
        List<String> added = resolved.entityIds().stream().filter(id -> !asked.entityIds().contains(id)).toList();
        String text = asked.text();
        if (added.isEmpty()) {
            return text;
        }
        String name = ctx.name(added.get(0));
        Matcher m = REFERENCE.matcher(text);
        if (!m.find()) {
            return text + " (" + name + ")";
        }
        String said = m.group().toLowerCase(java.util.Locale.ROOT);
        String replacement = said.equals("his") || said.equals("its") || said.equals("their") ? name + "'s" : name;
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }
}
