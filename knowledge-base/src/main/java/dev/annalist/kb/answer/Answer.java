package dev.annalist.kb.answer;

import java.util.List;

/**
 * What the bot says: a short answer in the account's own words where it can, a normalised value
 * (an ISO date, a distance in km) when one applies, a confidence in [0, 1], whether it abstained,
 * the sentences it cites and the entities involved (ids).
 */
public record Answer(String text, String value, double confidence, boolean abstained, List<Citation> citations,
                     List<String> entities) {
    public Answer {
        citations = List.copyOf(citations);
        entities = List.copyOf(entities);
    }

    public static Answer abstain(String message, List<Citation> nearest) {
        return new Answer(message, null, 0, true, nearest, List.of());
    }
}
