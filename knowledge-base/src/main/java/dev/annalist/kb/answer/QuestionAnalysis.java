package dev.annalist.kb.answer;

import java.util.List;
import java.util.Set;

/**
 * A question understood: its wh-word, the answer type expected (and whether a list is wanted), the
 * knowledge-base entities it names, and its content words as stems (synonyms resolved), for
 * matching sentences, and which of them are verbs (by OpenNLP POS tags). {@code kindNoun} is the noun
 * that names what is asked for ("division" in "which German division"), or null. {@code unknownNames}
 * are names the question uses that the knowledge base lacks.
 */
public record QuestionAnalysis(String text, String whWord, AnswerType type, boolean list, List<String> entityIds,
                               Set<String> contentStems, Set<String> verbStems, String kindNoun,
                               List<String> unknownNames) {
    public QuestionAnalysis {
        entityIds = List.copyOf(entityIds);
        contentStems = Set.copyOf(contentStems);
        verbStems = Set.copyOf(verbStems);
        unknownNames = List.copyOf(unknownNames);
    }

    public QuestionAnalysis withoutStems(Set<String> stems) {
        Set<String> content = new java.util.LinkedHashSet<>(contentStems);
        content.removeAll(stems);
        Set<String> verbs = new java.util.LinkedHashSet<>(verbStems);
        verbs.removeAll(stems);
        return new QuestionAnalysis(text, whWord, type, list, entityIds, content, verbs, kindNoun, unknownNames);
    }

    public QuestionAnalysis withEntities(List<String> ids) {
        return new QuestionAnalysis(text, whWord, type, list, ids, contentStems, verbStems, kindNoun, unknownNames);
    }
}
