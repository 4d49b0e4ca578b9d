package dev.annalist.kb.answer;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.facts.Relation;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.store.SentenceRecord;
import java.util.List;
import java.util.Optional;

/**
 * Answers from stated facts before any text search: who commanded a formation, which formation a
 * person commanded, what a formation was part of, and when a named thing had something done to it
 * (a dated event with the same verb).
 */
final class FactAnswerer {
    Optional<Answer> answer(QuestionAnalysis q, AnswerContext ctx) {
        Optional<Answer> described = rankOrRole(q, ctx);
        if (described.isPresent()) {
            return described;
        }
        boolean command = q.contentStems().contains("command");
        if (q.type() == AnswerType.PERSON && command) {
            Relation.Type type = q.contentStems().contains("deputi") ? Relation.Type.DEPUTY_COMMANDER_OF : Relation.Type.COMMANDS;
            List<String> context = q.entityIds();
            for (String id : idsOfType(q, ctx, EntityType.UNIT)) {
                Optional<Answer> a = relation(ctx, type, null, id, true, context);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        if (q.type() == AnswerType.UNIT && command) {
            for (String id : idsOfType(q, ctx, EntityType.PERSON)) {
                Optional<Answer> a = relation(ctx, Relation.Type.COMMANDS, id, null, false, q.entityIds());
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        if (q.type() == AnswerType.UNIT && (q.contentStems().contains("part") || q.contentStems().contains("belong"))) {
            for (String id : idsOfType(q, ctx, EntityType.UNIT)) {
                Optional<Answer> a = relation(ctx, Relation.Type.PART_OF, id, null, false, q.entityIds());
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        if (q.type() == AnswerType.DATE && !q.entityIds().isEmpty()) {
            Optional<Answer> bound = intervalBound(q, ctx);
            return bound.isPresent() ? bound : event(q, ctx);
        }
        return Optional.empty();
    }

    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    /**
     * "When did operation X begin / end?", "In what year did X end?": the start or end of an interval
     * given in a sentence that names the operation ("X (17 December 1941/5 January 1942)").
     */
    private static Optional<Answer> intervalBound(QuestionAnalysis q, AnswerContext ctx) {
        boolean begin = q.contentStems().contains("begin");
        boolean end = q.contentStems().contains("end");
        List<String> operations = idsOfType(q, ctx, EntityType.OPERATION);
        if (!begin && !end || operations.isEmpty()) {
            return Optional.empty();
        }
        boolean year = q.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(what|which) year\\b.*");
        for (SentenceRecord s : ctx.knowledge.sentences()) {
            if (operations.stream().noneMatch(id -> s.entityIds().contains(id))) {
                continue;
            }
            for (var d : s.dates()) {
                if (d.start() == null || d.end() == null || d.start().equals(d.end())) {
                    continue;
                }
                String text;
                String value;
                if (begin && end) {
                    text = DateText.of(d);
                    value = d.iso();
                } else {
                    var day = begin ? d.start() : d.end();
                    text = year ? Integer.toString(day.getYear()) : day.format(DAY_MONTH_YEAR);
                    value = year ? Integer.toString(day.getYear()) : day.toString();
                }
                return Optional.of(new Answer(text, value, 0.85, false, List.of(ctx.cite(s)), q.entityIds()));
            }
        }
        return Optional.empty();
    }

    /** "What rank did X hold?", "What position did X hold?": the rank or role stated before X's name. */
    private static Optional<Answer> rankOrRole(QuestionAnalysis q, AnswerContext ctx) {
        boolean rank = q.contentStems().contains("rank");
        boolean role = q.contentStems().contains("posit") || q.contentStems().contains("role");
        if (!rank && !role) {
            return Optional.empty();
        }
        for (String id : idsOfType(q, ctx, EntityType.PERSON)) {
            Entity person = ctx.entities.get(id);
            String value = rank ? person.rank() : person.role();
            if (value != null) {
                var mention = person.mentions().get(0);
                for (var m : person.mentions()) {
                    SentenceRecord s = ctx.sentence(m.source(), m.sentence());
                    if (s != null && s.text().contains(value)) {
                        mention = m;
                        break;
                    }
                }
                SentenceRecord s = ctx.sentence(mention.source(), mention.sentence());
                return Optional.of(new Answer(value, null, 0.9, false, List.of(ctx.cite(s)), List.of(id)));
            }
        }
        return Optional.empty();
    }

    /**
     * How far the event's date is from a verb that governs the question (MAX_VALUE when none does):
     * the verb means what the question's verb means, is not negated ("fought unsuccessfully to
     * take"), and, when the question names a place, that place stands right after it ("entered
     * Kaluga") or right before it ("Kaluga was liberated"), with no other verb between.
     */
    private static int verbDistance(QuestionAnalysis q, DatedEvent e, List<String> places, AnswerContext ctx) {
        List<DatedEvent.VerbAt> verbs = e.verbs().isEmpty() ? List.of(new DatedEvent.VerbAt(e.verb(), -1)) : e.verbs();
        SentenceRecord s = ctx.sentence(e.source(), e.sentence());
        int best = Integer.MAX_VALUE;
        for (DatedEvent.VerbAt verb : verbs) {
            String stem = Stems.of(verb.lemma());
            if (stem == null || q.contentStems().stream().noneMatch(qs -> Stems.match(qs, stem))) {
                continue;
            }
            if (verb.start() < 0) {
                return 0;
            }
            if (negated(ctx, s, verb.start())) {
                continue;
            }
            boolean adjacent = places.isEmpty() || s.spans().stream()
                    .filter(t -> t.entityId() != null && places.contains(t.entityId()))
                    .anyMatch(t -> verbs.stream().noneMatch(other -> other != verb
                            && between(other.start(), verb.start(), t.span().start())));
            if (adjacent) {
                best = Math.min(best, Math.abs(e.date().span().start() - verb.start()));
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            "\\b(unsuccessfully|failed|fail|tried|attempted|vain|not|never|unable)\\b[^.;]{0,25}$");

    /** A verb attempted, not done: "fought unsuccessfully to take", "failed to reach". */
    private static boolean negated(AnswerContext ctx, SentenceRecord s, int verbStart) {
        String before = ctx.words(s.source(), Math.max(s.span().start(), verbStart - 40), verbStart).toLowerCase();
        return NEGATION.matcher(before).find();
    }

    private static boolean between(int x, int a, int b) {
        return x > Math.min(a, b) && x < Math.max(a, b);
    }

    static List<String> idsOfType(QuestionAnalysis q, AnswerContext ctx, EntityType type) {
        return q.entityIds().stream().filter(id -> {
            Entity e = ctx.entities.get(id);
            return e != null && e.type() == type;
        }).toList();
    }

    /** The other end of a relation: its subject when {@code wantSubject}, else its object. */
    private static Optional<Answer> relation(AnswerContext ctx, Relation.Type type, String subject, String object,
                                             boolean wantSubject, List<String> asked) {
        for (Relation r : ctx.knowledge.relations()) {
            if (r.type() == type && (subject == null || r.subject().equals(subject)) && (object == null || r.object().equals(object))) {
                String answerId = wantSubject ? r.subject() : r.object();
                if (asked.contains(answerId)) {
                    continue; // "who replaced X as commander": X is not the answer
                }
                SentenceRecord s = ctx.sentence(r.source(), r.sentence());
                return Optional.of(new Answer(ctx.name(answerId), null, 0.9, false, List.of(ctx.cite(s)),
                        List.of(answerId, wantSubject ? r.object() : r.subject())));
            }
        }
        return Optional.empty();
    }

    /**
     * A dated event with a verb the question uses and the places it names (or, without places, its
     * other entities). Events are clauses, so a place named in another clause of the sentence does
     * not get that clause's date.
     */
    static Optional<Answer> event(QuestionAnalysis q, AnswerContext ctx) {
        List<String> places = idsOfType(q, ctx, EntityType.LOCATION);
        List<String> required = places.isEmpty() ? q.entityIds() : places;
        DatedEvent best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DatedEvent e : ctx.knowledge.events()) {
            if (!e.entities().containsAll(required)) {
                continue;
            }
            int distance = verbDistance(q, e, places, ctx);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = e;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        SentenceRecord s = ctx.sentence(best.source(), best.sentence());
        return Optional.of(new Answer(DateText.of(best.date()), best.date().iso(), 0.85, false, List.of(ctx.cite(s)),
                best.entities()));
    }
}
