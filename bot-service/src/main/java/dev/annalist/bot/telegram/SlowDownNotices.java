package dev.annalist.bot.telegram;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Which chats were told to slow down, so a flooding chat hears it once per episode rather than once per
 * message: every notice is a message Telegram counts against the bot's own limits, and a notice per
 * message would invite 429s that stall other chats. A chat is told again once it has recovered (the
 * caller says when) or once {@code again} has passed. The least recent chats are forgotten first.
 */
final class SlowDownNotices {
    static final Duration AGAIN = Duration.ofMinutes(1);
    private static final int MAX_CHATS = 10_000;
    private final long againNanos;
    private final LongSupplier nanoTime;
    private final Map<Long, Long> told = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > MAX_CHATS;
        }
    };

    SlowDownNotices(Duration again) {
        this(again, System::nanoTime);
    }

    /** With the clock to read, in nanoseconds (tests pass one they move). */
    SlowDownNotices(Duration again, LongSupplier nanoTime) {
        this.againNanos = again.toNanos();
        this.nanoTime = nanoTime;
    }

    /** True when the chat should be told now; it then counts as told. */
    synchronized boolean shouldTell(long chatId) {
        long now = nanoTime.getAsLong();
        Long last = told.get(chatId);
        if (last != null && now - last < againNanos) {
            return false;
        }
        told.put(chatId, now);
        return true;
    }

    /** The chat is within its limits again: its next episode gets a notice of its own. */
    synchronized void recovered(long chatId) {
        told.remove(chatId);
    }
}
