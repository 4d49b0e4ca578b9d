package dev.annalist.bot.telegram;

/**
 * What the bot says back, and nothing about how: the update handler talks only to this, so its logic
 * is tested without a network and the Bot API details (retries, rate limits) live in one adapter.
 */
public interface TelegramSender {
    /** Sends an HTML message; the text is at most 4,096 characters (see {@link MessageSplitter}). */
    void send(long chatId, Reply reply);

    /**
     * Sends a notice with a single try (no retries, no waiting out a 429): losing it costs little, and
     * retrying notices to a flooding chat would hold a worker that other chats need.
     */
    void sendOnce(long chatId, Reply reply);

    /** Shows "typing…" in the chat while an answer is being worked out. */
    void typing(long chatId);

    /** Acknowledges a button press, with a short notice the user sees (null for none). */
    void answerCallback(String callbackQueryId, String notice);
}
