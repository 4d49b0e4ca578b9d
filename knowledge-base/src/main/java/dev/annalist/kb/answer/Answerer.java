package dev.annalist.kb.answer;

/** Answers a question from the knowledge base. One method, like LangChain4j's ContentRetriever. */
@FunctionalInterface
public interface Answerer {
    Answer answer(Question question);
}
