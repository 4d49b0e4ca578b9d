package dev.annalist.kb.answer;

import dev.annalist.kb.store.SentenceRecord;
import java.util.List;

/** A possible answer: its words, normalised value, where it stands in its sentence, and the entities it names. */
record Candidate(String text, String value, SentenceRecord sentence, int start, int end, List<String> entities) {}
