package dev.annalist.kb.reader;

import dev.annalist.kb.store.SentenceRecord;
import java.util.List;

/**
 * Neighbouring sentences of one paragraph that the reader reads together: the account, where the
 * window starts in the account's text, the text itself (the account's own characters, so offsets map
 * back exactly), its sentences, and the retrieval rank of the sentence it was built around.
 */
public record Window(String source, int start, String text, List<SentenceRecord> sentences, int rank) {
    public Window {
        sentences = List.copyOf(sentences);
    }

    public int end() {
        return start + text.length();
    }

    /** The sentence holding account offset {@code offset}, or the last one. */
    public SentenceRecord sentenceAt(int offset) {
        for (SentenceRecord s : sentences) {
            if (offset < s.span().end()) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }
}
