package dev.annalist.bot.conversation;

import java.util.List;
import java.util.Optional;

/** Where the channels keep answered turns and the feedback on them. */
public interface ConversationStore {
    void record(Turn turn);

    Optional<Turn> turn(String messageId);

    /** The session's turns, oldest first. */
    List<Turn> turns(String sessionId);

    /** Stores or replaces the rating of a stored turn; false when no turn has that id. */
    boolean rate(Feedback feedback);

    Optional<Feedback> feedback(String messageId);
}
