package dev.annalist.evaluation;

import java.util.List;

/**
 * One reference question: the accepted answers (the first is the account's own words), its
 * category, whether the account answers it, the sentence that holds the answer, and for follow-ups
 * the earlier turns of the conversation.
 */
public record ReferenceItem(String id, String question, List<String> answers, String category, boolean answerable,
                            String evidence, List<Turn> history) {
    public record Turn(String question, String answer) {}

    public ReferenceItem {
        answers = List.copyOf(answers);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
