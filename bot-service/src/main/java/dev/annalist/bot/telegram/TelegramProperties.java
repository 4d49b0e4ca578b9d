package dev.annalist.bot.telegram;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * {@code bot.telegram.*}: the bot is on when {@code token} is set. Every knob has a default that suits
 * Telegram itself; the tests shrink the waits so faults are exercised in seconds.
 */
@ConfigurationProperties("bot.telegram")
public record TelegramProperties(
        @DefaultValue("") String token,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        @DefaultValue("polling") Mode mode,
        @DefaultValue("") String webhookSecret,
        @DefaultValue("") String webhookUrl,
        @DefaultValue("") String username,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("4") int workers,
        @DefaultValue("10s") Duration shutdownGrace,
        @DefaultValue Retry retry,
        @DefaultValue RateLimit rateLimit) {

    public enum Mode { POLLING, WEBHOOK }

    /** How failed Bot API calls are retried: doubling waits from {@code initial} up to {@code max}. */
    public record Retry(@DefaultValue("500ms") Duration initial, @DefaultValue("30s") Duration max,
                        @DefaultValue("5") int attempts) {}

    /**
     * Questions a chat may ask per minute, after a burst; beyond it the bot says so instead of queueing.
     * {@code maxQueued} bounds the updates of all chats together waiting for a worker.
     */
    public record RateLimit(@DefaultValue("20") int perMinute, @DefaultValue("5") int burst,
                            @DefaultValue("10") int maxPending, @DefaultValue("1000") int maxQueued) {}

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    /** {@code api-url} as the client wants it; only scheme, host and port count (the client adds /bot<token>/method). */
    public TelegramUrl telegramUrl() {
        return telegramUrl(apiUrl);
    }

    /** As {@link #telegramUrl()}, for a raw property value; throws IllegalArgumentException saying what is wrong. */
    static TelegramUrl telegramUrl(String apiUrl) {
        URI uri = URI.create(apiUrl == null ? "" : apiUrl.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("bot.telegram.api-url must look like https://api.telegram.org, not '" + apiUrl + "'");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new IllegalArgumentException("bot.telegram.api-url takes no path (the client adds /bot<token>/<method>): " + apiUrl);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** Telegram takes only 1-256 characters of A-Z, a-z, 0-9, _ and - as a webhook secret (checked after strip). */
    static boolean validWebhookSecret(String secret) {
        return secret != null && secret.strip().matches("[A-Za-z0-9_-]{1,256}");
    }
}
