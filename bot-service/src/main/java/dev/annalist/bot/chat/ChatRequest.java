package dev.annalist.bot.chat;

/** {@code POST /api/chat} body: the user's message and, for a follow-up, the session it belongs to. */
public record ChatRequest(String message, String sessionId) {}
