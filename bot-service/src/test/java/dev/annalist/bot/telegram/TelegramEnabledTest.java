package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

/** The bot is on only with a token and settings Telegram would take; otherwise the reason is logged. */
class TelegramEnabledTest {
    private static boolean on(MockEnvironment environment) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return new TelegramEnabled().matches(context, null);
    }

    private static MockEnvironment withToken() {
        return new MockEnvironment().withProperty("bot.telegram.token", "123:abc");
    }

    @Test
    void isOnWithATokenAndTheDefaults() {
        assertThat(on(withToken())).isTrue();
        assertThat(on(new MockEnvironment())).isFalse();
    }

    @Test
    void aMalformedApiUrlLeavesTheBotOffAndSaysWhy() {
        MockEnvironment environment = withToken().withProperty("bot.telegram.api-url", "https://example.org/telegram");
        assertThat(on(environment)).isFalse();
        assertThat(TelegramEnabled.problem(environment)).contains("no path");
        assertThat(on(withToken().withProperty("bot.telegram.api-url", "http://bad host"))).isFalse();
    }

    @Test
    void aWebhookSecretTelegramWouldRefuseLeavesTheBotOff() {
        MockEnvironment environment = withToken().withProperty("bot.telegram.mode", "webhook")
                .withProperty("bot.telegram.webhook-secret", "not valid!");
        assertThat(on(environment)).isFalse();
        assertThat(TelegramEnabled.problem(environment)).contains("1-256 characters");
        assertThat(on(withToken().withProperty("bot.telegram.mode", "webhook")
                .withProperty("bot.telegram.webhook-secret", "x".repeat(257)))).isFalse();
        assertThat(on(withToken().withProperty("bot.telegram.mode", "webhook")
                .withProperty("bot.telegram.webhook-secret", "s3cret-Token_1"))).isTrue();
        // A blank secret keeps the bot on: BotStarter logs it and the webhook refuses every update.
        assertThat(on(withToken().withProperty("bot.telegram.mode", "webhook"))).isTrue();
        // In polling mode the secret is not used.
        assertThat(on(withToken().withProperty("bot.telegram.webhook-secret", "not valid!"))).isTrue();
    }
}
