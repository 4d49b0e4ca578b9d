package dev.annalist.bot.telegram;

import java.time.Duration;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Doubling waits from an initial one up to a ceiling. The long-polling session uses it between failed
 * getUpdates calls; our sender uses it between failed sends. Configurable so tests wait milliseconds.
 */
public final class RetryBackoff implements BackOff {
    private final long initialMillis;
    private final long maxMillis;
    private long next;

    public RetryBackoff(Duration initial, Duration max) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        this.next = initialMillis;
    }

    @Override
    public synchronized void reset() {
        next = initialMillis;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long now = next;
        next = Math.min(maxMillis, next * 2);
        return now;
    }
}
