package dev.annalist.kb.answer;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.nlp.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a follow-up against the previous turn. A pronoun or "the town" takes an entity of a
 * fitting type from the last answer (or, when that was a list, from the last question): "he" a
 * person, "it" anything else, "the town" a place, "that army group" a formation. "What about the
 * 10th Army?" and "On what date did it do that?" reuse the last question's meaning.
 */
final class FollowUps {
    private static final Pattern PERSON_PRONOUN = Pattern.compile("\\b(he|his|him)\\b");
    private static final Pattern THING_PRONOUN = Pattern.compile("\\b(it|its|they|them|their|there)\\b");
    private static final Pattern DEFINITE = Pattern.compile(
            "\\b(?:the|that|this) (town|city|village|place|river|army|corps|division|unit|front|group|army group|formation)\\b");
    private static final Pattern WHAT_ABOUT = Pattern.compile("^\\s*(and|what about|how about)\\b.*");

    private FollowUps() {}

    static QuestionAnalysis resolve(QuestionAnalysis q, Optional<ConversationMemory.Turn> previous, Map<String, Entity> entities) {
        if (previous.isEmpty()) {
            return q;
        }
        ConversationMemory.Turn turn = previous.get();
        QuestionAnalysis before = turn.question();
        String lower = q.text().toLowerCase(Locale.ROOT);
        boolean bareWhatAbout = WHAT_ABOUT.matcher(lower).matches() && q.type() == AnswerType.DESCRIPTION
                && !q.entityIds().isEmpty() && q.contentStems().size() <= 1;
        if (bareWhatAbout) {
            return new QuestionAnalysis(q.text(), before.whWord(), before.type(), before.list(), q.entityIds(),
                    before.contentStems(), before.verbStems(), before.kindNoun(), q.unknownNames());
        }
        Matcher definite = DEFINITE.matcher(lower);
        EntityType wanted;
        String referringNoun = null;
        if (definite.find()) {
            referringNoun = definite.group(1);
            wanted = switch (definite.group(1)) {
                case "town", "city", "village", "place", "river" -> EntityType.LOCATION;
                default -> EntityType.UNIT;
            };
        } else if (PERSON_PRONOUN.matcher(lower).find()) {
            wanted = EntityType.PERSON;
        } else if (THING_PRONOUN.matcher(lower).find() || WHAT_ABOUT.matcher(lower).matches()) {
            wanted = null; // anything but a person
        } else {
            return q;
        }
        List<String> context = new ArrayList<>();
        boolean listAnswer = turn.answerEntities().size() > 2;
        if (listAnswer) {
            context.addAll(before.entityIds());
            context.addAll(turn.answerEntities());
        } else {
            context.addAll(turn.answerEntities());
            context.addAll(before.entityIds());
        }
        Set<String> ids = new LinkedHashSet<>(q.entityIds());
        context.stream().filter(id -> fits(entities.get(id), wanted)).findFirst().ifPresent(ids::add);
        QuestionAnalysis resolved = q.withEntities(List.copyOf(ids));
        if (referringNoun != null) {
            // "that town" now stands for the town it refers to: a sentence need not say "town"
            resolved = resolved.withoutStems(Stems.ofText(referringNoun));
        }
        boolean emptyMeaning = q.contentStems().isEmpty() || lower.matches(".*\\bdo (that|this|so)\\b.*");
        if (emptyMeaning) {
            // "On what date did it do that?": the last question's verb, with its entities too
            Set<String> all = new LinkedHashSet<>(resolved.entityIds());
            all.addAll(before.entityIds());
            all.addAll(turn.answerEntities().size() <= 2 ? turn.answerEntities() : List.of());
            return new QuestionAnalysis(q.text(), q.whWord(), q.type(), q.list(), List.copyOf(all),
                    before.contentStems(), before.verbStems(), q.kindNoun(), q.unknownNames());
        }
        return resolved;
    }

    private static boolean fits(Entity e, EntityType wanted) {
        if (e == null) {
            return false;
        }
        return wanted == null ? e.type() != EntityType.PERSON : e.type() == wanted;
    }
}
