package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    void tellsAgainOnceTheWaitHasPassed() throws Exception {
        SlowDownNotices notices = new SlowDownNotices(Duration.ofMillis(30));
        assertThat(notices.shouldTell(1)).isTrue();
        Thread.sleep(60);
        assertThat(notices.shouldTell(1)).isTrue();
    }
}
