package dev.annalist.kb.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a follow-up against the previous turn: "When was it liberated?" takes the entity the
 * last answer named (or the last question's); "What about the 10th Army?" asks the last question
 * again about the new entity.
 */
final class FollowUps {
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(it|its|he|his|him|she|her|they|them|their|there|that|this|these|those)\\b|\\bthe (town|city|army|corps|division|unit|group|place|village)\\b");
    private static final Pattern WHAT_ABOUT = Pattern.compile("^\\s*(and|what about|how about)\\b.*");

    private FollowUps() {}

    static QuestionAnalysis resolve(QuestionAnalysis q, Optional<ConversationMemory.Turn> previous) {
        if (previous.isEmpty()) {
            return q;
        }
        ConversationMemory.Turn turn = previous.get();
        String lower = q.text().toLowerCase(Locale.ROOT);
        boolean bareWhatAbout = WHAT_ABOUT.matcher(lower).matches() && q.type() == AnswerType.DESCRIPTION
                && !q.entityIds().isEmpty() && q.contentStems().size() <= 1;
        if (bareWhatAbout) {
            QuestionAnalysis before = turn.question();
            return new QuestionAnalysis(q.text(), before.whWord(), before.type(), before.list(), q.entityIds(),
                    before.contentStems(), before.verbStems(), before.kindNoun(), q.unknownNames());
        }
        if (!PRONOUN.matcher(lower).find() && !WHAT_ABOUT.matcher(lower).matches()) {
            return q;
        }
        Set<String> ids = new LinkedHashSet<>(q.entityIds());
        List<String> context = new ArrayList<>(turn.answerEntities());
        context.addAll(turn.question().entityIds());
        if (!context.isEmpty()) {
            ids.add(context.get(0));
        }
        return q.withEntities(List.copyOf(ids));
    }
}
