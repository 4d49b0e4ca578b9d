package dev.annalist.kb.facts;

import dev.annalist.kb.time.DateMention;
import java.util.List;

/**
 * Something the account says happened at a time: the sentence, its main verb's lemma, the date and
 * the entities (ids) of the clause around the date.
 */
public record DatedEvent(String id, String source, int sentence, String sentenceText, String verb, DateMention date,
                         List<String> people, List<String> units, List<String> places) {
    public DatedEvent {
        people = List.copyOf(people);
        units = List.copyOf(units);
        places = List.copyOf(places);
    }

    public List<String> entities() {
        List<String> all = new java.util.ArrayList<>(people);
        all.addAll(units);
        all.addAll(places);
        return all;
    }
}
