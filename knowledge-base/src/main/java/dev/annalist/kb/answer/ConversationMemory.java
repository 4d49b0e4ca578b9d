package dev.annalist.kb.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The last turn of each conversation, so follow-ups can lean on it. Bounded: the oldest sessions go first. */
public final class ConversationMemory {
    /** What a follow-up may refer to: the last question as understood and the entities of its answer. */
    public record Turn(QuestionAnalysis question, List<String> answerEntities) {}

    private final Map<String, Turn> turns;

    public ConversationMemory(int maxSessions) {
        this.turns = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
                return size() > maxSessions;
            }
        };
    }

    public synchronized Optional<Turn> last(String sessionId) {
        return sessionId == null ? Optional.empty() : Optional.ofNullable(turns.get(sessionId));
    }

    public synchronized void remember(String sessionId, Turn turn) {
        if (sessionId != null) {
            turns.put(sessionId, turn);
        }
    }
}
