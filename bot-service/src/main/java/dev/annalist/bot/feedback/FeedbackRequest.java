package dev.annalist.bot.feedback;

/** {@code POST /api/feedback} body: the answer's message id, "up" or "down", and an optional comment. */
public record FeedbackRequest(String messageId, String rating, String comment) {}
