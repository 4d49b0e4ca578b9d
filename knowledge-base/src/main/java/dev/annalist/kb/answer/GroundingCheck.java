package dev.annalist.kb.answer;

import dev.annalist.kb.entity.NameFolding;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an answer is supported by the sentence it cites: every content word of the answer (folded,
 * so diacritics and case do not matter) occurs in that sentence. A model that invents a date, a name
 * or a number fails it.
 */
public final class GroundingCheck {
    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "on", "in", "and", "by", "to", "at", "it", "was",
            "were", "is");

    public boolean supports(String sentence, String answer) {
        Set<String> words = words(sentence);
        Set<String> claimed = words(answer);
        claimed.removeAll(FILLER);
        return !claimed.isEmpty() && words.containsAll(claimed);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(NameFolding.fold(text).split(" ")).filter(w -> !w.isBlank()).collect(Collectors.toSet());
    }
}
