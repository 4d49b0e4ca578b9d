package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A chat is told to slow down once per episode: again after it recovered or after a while, not per message. */
class SlowDownNoticesTest {
    @Test
    void tellsOnceUntilTheChatRecovers() {
        SlowDownNotices notices = new SlowDownNotices(Duration.ofMinutes(1));
        assertThat(notices.shouldTell(1)).isTrue();
        assertThat(notices.shouldTell(1)).isFalse();
        assertThat(notices.shouldTell(2)).isTrue(); // chats are apart
        notices.recovered(1);
        assertThat(notices.shouldTell(1)).isTrue();
        assertThat(notices.shouldTell(1)).isFalse();
    }

    @Test
    void tellsAgainOnceTheWaitHasPassed() {
        AtomicLong now = new AtomicLong(1_000);
        SlowDownNotices notices = new SlowDownNotices(Duration.ofSeconds(30), now::get);
        assertThat(notices.shouldTell(1)).isTrue();
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(notices.shouldTell(1)).as("still within the wait").isFalse();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(notices.shouldTell(1)).as("the wait has passed").isTrue();
        assertThat(notices.shouldTell(1)).isFalse();
    }
}
