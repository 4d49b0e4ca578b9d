package dev.annalist.kb.answer;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.entity.EntityMention;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.facts.Relation;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.store.SentenceRecord;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chat-style questions answered from the knowledge base in a sentence, cited: "Who was X?" (the
 * person's rank, role and formation), "What happened on / between ...?" (the dated events), and
 * "Tell me about X" (the first sentences naming X, or the account's opening).
 */
final class ChatAnswers {
    private static final Pattern WHO_WAS = Pattern.compile("^who (?:was|is) [^,;]+$");
    private static final Pattern WHAT_HAPPENED = Pattern.compile("^what (?:happened|took place|went on) (?:on|between|from|in|during|by)\\b.*");
    private static final Pattern TELL_ME = Pattern.compile(
            "^(?:tell me (?:about|more about)|what do you know about|describe|summari[sz]e|give me (?:a )?summary of)\\b.*");
    private static final int SUMMARY_SENTENCES = 3;
    private static final int MAX_EVENTS = 4;

    Optional<Answer> answer(QuestionAnalysis q, AnswerContext ctx) {
        String lower = q.text().toLowerCase(Locale.ROOT).strip().replaceAll("[?.!\\s]+$", "");
        if (WHO_WAS.matcher(lower).matches()) {
            return whoWas(q, ctx);
        }
        if (WHAT_HAPPENED.matcher(lower).matches()) {
            return whatHappened(q, ctx);
        }
        if (TELL_ME.matcher(lower).matches()) {
            return tellMeAbout(q, ctx);
        }
        return Optional.empty();
    }

    private static Optional<Answer> whoWas(QuestionAnalysis q, AnswerContext ctx) {
        List<String> people = FactAnswerer.idsOfType(q, ctx, EntityType.PERSON);
        if (people.size() != 1) {
            return Optional.empty();
        }
        Entity person = ctx.entities.get(people.get(0));
        List<String> parts = new ArrayList<>();
        if (person.rank() != null) {
            parts.add(person.rank());
        }
        if (person.role() != null) {
            parts.add(person.role());
        }
        SentenceRecord cited = first(person, ctx);
        List<String> entities = new ArrayList<>(List.of(person.id()));
        for (Relation r : ctx.knowledge.relations()) {
            if (r.subject().equals(person.id()) && r.type() != Relation.Type.PART_OF) {
                String what = r.type() == Relation.Type.COMMANDS ? "commander of " : "deputy commander of ";
                parts.add(what + "the " + ctx.name(r.object()).replaceFirst("(?i)^the ", ""));
                entities.add(r.object());
                cited = ctx.sentence(r.source(), r.sentence());
                break;
            }
        }
        if (parts.isEmpty() || cited == null) {
            return Optional.empty();
        }
        String text = person.name() + ": " + String.join(", ", parts) + ".";
        return Optional.of(new Answer(text, null, 0.9, false, List.of(ctx.cite(cited)), entities));
    }

    private static SentenceRecord first(Entity e, AnswerContext ctx) {
        for (EntityMention m : e.mentions()) {
            SentenceRecord s = ctx.sentence(m.source(), m.sentence());
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static Optional<Answer> whatHappened(QuestionAnalysis q, AnswerContext ctx) {
        List<MonthDay> days = QuestionDates.of(q.text());
        if (days.isEmpty()) {
            return Optional.empty();
        }
        MonthDay from = days.get(0);
        MonthDay to = days.get(days.size() - 1);
        // Events of a day asked about first; a long interval that merely spans it ("the operation,
        // 17 December to 5 January") only when no day-dated event does.
        Set<SentenceRecord> sentences = events(ctx, from, to, true);
        if (sentences.isEmpty()) {
            sentences = events(ctx, from, to, false);
        }
        if (sentences.isEmpty()) {
            return Optional.of(Answer.abstain("I could not find in the account any event dated then.", List.of()));
        }
        return Optional.of(summary(new ArrayList<>(sentences), ctx));
    }

    private static Set<SentenceRecord> events(AnswerContext ctx, MonthDay from, MonthDay to, boolean daysOnly) {
        Set<SentenceRecord> sentences = new LinkedHashSet<>();
        for (DatedEvent e : ctx.knowledge.events()) {
            boolean day = e.date().start() != null && e.date().start().equals(e.date().end());
            if ((!daysOnly || day) && covers(e, from, to)) {
                SentenceRecord s = ctx.sentence(e.source(), e.sentence());
                if (s != null) {
                    sentences.add(s);
                }
            }
            if (sentences.size() >= MAX_EVENTS) {
                break;
            }
        }
        return sentences;
    }

    /** The event's date range meets the days asked about (month and day; accounts give the year once). */
    private static boolean covers(DatedEvent e, MonthDay from, MonthDay to) {
        if (e.date().start() == null && e.date().end() == null) {
            return false;
        }
        LocalDate start = e.date().start() != null ? e.date().start() : e.date().end();
        LocalDate end = e.date().end() != null ? e.date().end() : start;
        for (LocalDate d = start; !d.isAfter(end) && !d.isAfter(start.plusDays(400)); d = d.plusDays(1)) {
            MonthDay day = MonthDay.from(d);
            boolean inside = from.isAfter(to) ? !day.isBefore(from) || !day.isAfter(to) : !day.isBefore(from) && !day.isAfter(to);
            if (inside) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Answer> tellMeAbout(QuestionAnalysis q, AnswerContext ctx) {
        List<SentenceRecord> sentences = new ArrayList<>();
        if (!q.entityIds().isEmpty()) {
            Entity e = ctx.entities.get(q.entityIds().get(0));
            boolean titleEntity = ctx.titleEntities.values().stream().anyMatch(t -> t.contains(e.id()));
            if (!titleEntity) {
                for (EntityMention m : e.mentions()) {
                    SentenceRecord s = ctx.sentence(m.source(), m.sentence());
                    if (s != null && !ctx.titles.contains(s) && !sentences.contains(s)) {
                        sentences.add(s);
                    }
                    if (sentences.size() >= SUMMARY_SENTENCES) {
                        break;
                    }
                }
            }
        }
        if (sentences.isEmpty() && !ctx.knowledge.accounts().isEmpty()) {
            // "Tell me about the operation": the opening of the (first) account
            String source = ctx.knowledge.accounts().get(0).source();
            for (SentenceRecord s : ctx.knowledge.sentences()) {
                if (s.source().equals(source) && !ctx.titles.contains(s)) {
                    sentences.add(s);
                }
                if (sentences.size() >= SUMMARY_SENTENCES) {
                    break;
                }
            }
        }
        return sentences.isEmpty() ? Optional.empty() : Optional.of(summary(sentences, ctx));
    }

    private static Answer summary(List<SentenceRecord> sentences, AnswerContext ctx) {
        String text = String.join(" ", sentences.stream().map(SentenceRecord::text).toList());
        List<String> entities = sentences.stream().flatMap(s -> s.entityIds().stream()).distinct().toList();
        return new Answer(text, null, 0.8, false, ctx.cite(sentences), entities);
    }
}
