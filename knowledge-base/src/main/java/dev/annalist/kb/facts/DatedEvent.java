package dev.annalist.kb.facts;

import dev.annalist.kb.time.DateMention;
import java.util.List;

/**
 * Something the account says happened at a time: the sentence, its main verb's lemma, the date,
 * the entities (ids) of the clause around the date, and every full verb of that clause with its
 * start offset (so a question's verb can be tied to the right name).
 */
public record DatedEvent(String id, String source, int sentence, String sentenceText, String verb, DateMention date,
                         List<String> people, List<String> units, List<String> places, List<VerbAt> verbs) {
    /** A verb's lemma and where it starts in the account. */
    public record VerbAt(String lemma, int start) {}

    public DatedEvent {
        people = List.copyOf(people);
        units = List.copyOf(units);
        places = List.copyOf(places);
        verbs = verbs == null ? List.of() : List.copyOf(verbs);
    }

    public List<String> entities() {
        List<String> all = new java.util.ArrayList<>(people);
        all.addAll(units);
        all.addAll(places);
        return all;
    }
}
