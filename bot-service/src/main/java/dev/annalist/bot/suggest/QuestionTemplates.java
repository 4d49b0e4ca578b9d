package dev.annalist.bot.suggest;

import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.facts.Relation;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.SentenceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Candidate questions written from the facts of whatever accounts are loaded: who commanded a
 * formation, when a place underwent a dated event ("When was X liberated?"), what a formation was part
 * of. Candidates of each kind alternate, best-known entities first; {@link SuggestedQuestions} keeps
 * only those the answerer can answer.
 */
final class QuestionTemplates {
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}+ed");
    /** The passive just before the verb: the account says "X was liberated", so "When was X liberated?" reads true. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were)\\s+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private QuestionTemplates() {}

    static List<String> candidates(Knowledge k) {
        Map<String, Entity> byId = k.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        List<List<String>> kinds = List.of(commanders(k, byId), datedPlaces(k, byId), parents(k, byId));
        Set<String> out = new LinkedHashSet<>();
        int longest = kinds.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> kind : kinds) {
                if (i < kind.size()) {
                    out.add(kind.get(i));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> commanders(Knowledge k, Map<String, Entity> byId) {
        return k.relations().stream().filter(r -> r.type() == Relation.Type.COMMANDS).map(r -> byId.get(r.object()))
                .filter(unit -> unit != null).distinct()
                .sorted(Comparator.comparingInt((Entity unit) -> -unit.mentions().size()))
                .map(unit -> "Who commanded " + withArticle(unit.name()) + "?").toList();
    }

    private static List<String> parents(Knowledge k, Map<String, Entity> byId) {
        List<String> out = new ArrayList<>();
        for (Relation r : k.relations()) {
            Entity part = byId.get(r.subject());
            Entity whole = byId.get(r.object());
            if (r.type() != Relation.Type.PART_OF || part == null || whole == null) {
                continue;
            }
            Matcher last = WORD.matcher(whole.name());
            String kind = null;
            while (last.find()) {
                kind = last.group().toLowerCase(Locale.ROOT);
            }
            if (kind != null) {
                out.add("Which " + kind + " was " + withArticle(part.name()) + " part of?");
            }
        }
        return out;
    }

    /** "When was {place} {participle}?" from dated events that name one place in a passive clause. */
    private static List<String> datedPlaces(Knowledge k, Map<String, Entity> byId) {
        Map<String, SentenceRecord> sentences = k.sentences().stream()
                .collect(Collectors.toMap(s -> s.source() + "#" + s.index(), Function.identity(), (a, b) -> a));
        List<String> out = new ArrayList<>();
        for (DatedEvent e : k.events()) {
            if (e.places().size() != 1 || !e.date().isResolved() || byId.get(e.places().get(0)) == null) {
                continue;
            }
            SentenceRecord s = sentences.get(e.source() + "#" + e.sentence());
            if (s == null) {
                continue;
            }
            for (DatedEvent.VerbAt verb : e.verbs()) {
                int at = verb.start() - s.span().start();
                if (at < 0 || at >= s.text().length()) {
                    continue;
                }
                Matcher word = PARTICIPLE.matcher(s.text()).region(at, s.text().length());
                boolean passive = PASSIVE_BEFORE.matcher(s.text().substring(Math.max(0, at - 12), at)).find();
                if (passive && word.lookingAt()) {
                    out.add("When was " + byId.get(e.places().get(0)).name() + " " + word.group() + "?");
                    break;
                }
            }
        }
        return out;
    }

    private static String withArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name : "the " + name;
    }
}
