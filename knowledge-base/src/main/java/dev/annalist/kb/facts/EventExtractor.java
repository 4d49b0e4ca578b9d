package dev.annalist.kb.facts;

import dev.annalist.kb.entity.EntityCatalog;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Mention;
import dev.annalist.kb.nlp.Sentence;
import dev.annalist.kb.nlp.Token;
import dev.annalist.kb.pipeline.AnalyzedAccount;
import dev.annalist.kb.time.DateMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One event per resolved date (a date whose year the text never gives has no place on a timeline): the clause around the date runs from the previous date (or the
 * sentence start) to the next one, its verb is the nearest full verb to the date, and its entities
 * are those named in the clause, plus the sentence's first actor when the clause names none.
 */
public final class EventExtractor {
    public List<DatedEvent> extract(AnalyzedAccount account, EntityCatalog catalog) {
        List<DatedEvent> events = new ArrayList<>();
        List<List<Mention>> mentions = account.mentionsBySentence();
        List<List<DateMention>> datesBySentence = account.datesBySentence();
        for (int s = 0; s < account.sentences().size(); s++) {
            Sentence sentence = account.sentences().get(s);
            List<DateMention> dates = datesBySentence.get(s).stream().filter(DateMention::isResolved).toList();
            List<Mention> named = mentions.get(s).stream().filter(m -> m.type().isNamed()).toList();
            for (int i = 0; i < dates.size(); i++) {
                DateMention date = dates.get(i);
                int from = i == 0 ? sentence.span().start() : dates.get(i - 1).span().end();
                int to = i + 1 < dates.size() ? dates.get(i + 1).span().start() : sentence.span().end();
                Set<String> people = new LinkedHashSet<>();
                Set<String> units = new LinkedHashSet<>();
                Set<String> places = new LinkedHashSet<>();
                for (Mention m : named) {
                    if (m.span().start() >= from && m.span().end() <= to) {
                        add(catalog, account, m, people, units, places);
                    }
                }
                if (people.isEmpty() && units.isEmpty()) {
                    named.stream().filter(m -> m.type() == EntityType.UNIT || m.type() == EntityType.PERSON).findFirst()
                            .ifPresent(m -> add(catalog, account, m, people, units, places));
                }
                int clauseFrom = from;
                int clauseTo = to;
                List<DatedEvent.VerbAt> verbs = sentence.tokens().stream()
                        .filter(t -> t.pos().equals("VERB") && t.span().start() >= clauseFrom && t.span().end() <= clauseTo)
                        .map(t -> new DatedEvent.VerbAt(t.lemma().toLowerCase(), t.span().start())).toList();
                events.add(new DatedEvent(account.source() + "#e" + events.size(), account.source(), s,
                        sentence.displayText(), verbNear(sentence, date, from, to), date,
                        List.copyOf(people), List.copyOf(units), List.copyOf(places), verbs));
            }
        }
        return events;
    }

    private static void add(EntityCatalog catalog, AnalyzedAccount account, Mention m, Set<String> people,
                            Set<String> units, Set<String> places) {
        catalog.entityIdAt(account.source(), m.span().start()).ifPresent(id -> {
            switch (m.type()) {
                case PERSON -> people.add(id);
                case UNIT -> units.add(id);
                case LOCATION -> places.add(id);
                default -> { }
            }
        });
    }

    /** The last full verb before the date in its clause ("liberated Vitebsk on 26 June"), else the first after. */
    private static String verbNear(Sentence sentence, DateMention date, int from, int to) {
        Token before = null;
        Token after = null;
        for (Token token : sentence.tokens()) {
            if (!token.pos().equals("VERB") || token.span().start() < from || token.span().end() > to) {
                continue;
            }
            if (token.span().end() <= date.span().start()) {
                before = token;
            } else if (after == null && token.span().start() >= date.span().end()) {
                after = token;
            }
        }
        Token verb = before != null ? before : after;
        return verb == null ? "" : verb.lemma().toLowerCase();
    }
}
