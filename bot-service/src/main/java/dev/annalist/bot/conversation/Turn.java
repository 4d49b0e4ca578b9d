package dev.annalist.bot.conversation;

import java.time.Instant;

/** One question and the answer given, as stored: what feedback refers to by {@code messageId}. */
public record Turn(String messageId, String sessionId, String channel, String question, String answer,
                   boolean abstained, String citedSource, String citedSentence, Instant createdAt) {}
