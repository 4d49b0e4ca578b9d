package dev.annalist.bot.telegram;

import java.time.Duration;

/** How the bot waits before trying Telegram again: a sleep in production, recorded in tests. */
@FunctionalInterface
public interface Pause {
    void pause(Duration duration) throws InterruptedException;

    static Pause sleeping() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
