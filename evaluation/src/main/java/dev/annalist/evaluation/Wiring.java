package dev.annalist.evaluation;

import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.retrieve.Retriever;

/** One way of putting the parts together: its name, its retriever and the answerer on top of it. */
public record Wiring(String name, Retriever retriever, Answerer answerer) {}
