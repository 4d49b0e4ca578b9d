package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

/** bot.telegram.api-url as the client needs it, and "on" only with a token. */
class TelegramPropertiesTest {
    private static TelegramProperties with(String token, String apiUrl) {
        return new TelegramProperties(token, apiUrl, TelegramProperties.Mode.POLLING, "", "", "", Duration.ofSeconds(50), 4,
                Duration.ofSeconds(10), new TelegramProperties.Retry(Duration.ofMillis(500), Duration.ofSeconds(30), 5),
                new TelegramProperties.RateLimit(20, 5, 10, 1000));
    }

    @Test
    void readsSchemeHostAndPortWithTheSchemesDefaultPort() {
        assertThat(with("t", "https://api.telegram.org").telegramUrl()).isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
        assertThat(with("t", "http://127.0.0.1:8081/").telegramUrl()).isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
    }

    @Test
    void refusesAUrlWithAPathOrWithoutAHost() {
        assertThatThrownBy(() -> with("t", "https://example.org/telegram").telegramUrl()).hasMessageContaining("no path");
        assertThatThrownBy(() -> with("t", "api.telegram.org").telegramUrl()).hasMessageContaining("must look like");
    }

    @Test
    void isOnOnlyWithAToken() {
        assertThat(with("", "https://api.telegram.org").enabled()).isFalse();
        assertThat(with("  ", "https://api.telegram.org").enabled()).isFalse();
        assertThat(with("123:abc", "https://api.telegram.org").enabled()).isTrue();
    }
}
