package dev.annalist.kb.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers already given, for the same question in the same conversation state against the same
 * knowledge: the key is the question's text and the conversation's last turn, and the whole cache is
 * emptied when the knowledge changes (an account added), so a hit is always the answer the chain would
 * give. Bounded: the least recently used answers go first. {@link #off()} keeps nothing.
 */
public final class AnswerCache {
    record Key(String text, Optional<ConversationMemory.Turn> previous) {}

    /** The answer and the turn it leaves in the conversation's memory. */
    record Entry(Answer answer, ConversationMemory.Turn turn) {}

    private final int capacity;
    private final Map<Key, Entry> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private Object snapshot;

    private AnswerCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** A cache of at most {@code capacity} answers; 0 or less is {@link #off()}. */
    public static AnswerCache of(int capacity) {
        return new AnswerCache(Math.max(0, capacity));
    }

    public static AnswerCache off() {
        return new AnswerCache(0);
    }

    synchronized Optional<Entry> get(Object knowledge, Key key) {
        if (capacity == 0) {
            return Optional.empty();
        }
        if (knowledge != snapshot) { // new knowledge: every answer kept may be out of date
            entries.clear();
            snapshot = knowledge;
        }
        Entry entry = entries.get(key);
        (entry == null ? misses : hits).increment();
        return Optional.ofNullable(entry);
    }

    synchronized void put(Object knowledge, Key key, Entry entry) {
        if (capacity > 0 && knowledge == snapshot) {
            entries.put(key, entry);
        }
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public synchronized int size() {
        return entries.size();
    }
}
