package dev.annalist.kb.retrieve;

import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import java.util.List;

/** Finds the sentences most likely to answer a query. One method, like LangChain4j's ContentRetriever. */
@FunctionalInterface
public interface Retriever {
    List<ScoredSentence> retrieve(String query, int k, SearchFilter filter);

    default List<ScoredSentence> retrieve(String query, int k) {
        return retrieve(query, k, SearchFilter.NONE);
    }
}
