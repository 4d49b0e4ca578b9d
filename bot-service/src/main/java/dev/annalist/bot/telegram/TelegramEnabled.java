package dev.annalist.bot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code bot.telegram.token} (TELEGRAM_BOT_TOKEN) is set (an empty value counts as unset) and
 * the settings Telegram would refuse are sound. A bad api-url or webhook secret leaves the bot off with
 * one error in the log, rather than failing the context: the web service never depends on the bot.
 */
public class TelegramEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return tokenSet(context.getEnvironment()) && problem(context.getEnvironment()) == null;
    }

    static boolean tokenSet(Environment environment) {
        String token = environment.getProperty("bot.telegram.token");
        return token != null && !token.isBlank();
    }

    /** Why the configured bot cannot run, or null when it can. */
    static String problem(Environment environment) {
        try {
            TelegramProperties.telegramUrl(environment.getProperty("bot.telegram.api-url", "https://api.telegram.org"));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String secret = environment.getProperty("bot.telegram.webhook-secret", "");
        // A blank secret is reported by BotStarter (the webhook then refuses everything); a malformed one
        // would make setWebhook fail for good, so the bot stays off instead of retrying it forever.
        if (webhook(environment) && !secret.isBlank() && !TelegramProperties.validWebhookSecret(secret)) {
            return "bot.telegram.webhook-secret (TELEGRAM_WEBHOOK_SECRET) must be 1-256 characters of A-Z, a-z, 0-9, _ and -";
        }
        return null;
    }

    private static boolean webhook(Environment environment) {
        return "webhook".equalsIgnoreCase(environment.getProperty("bot.telegram.mode", "polling").strip());
    }

    /** The opposite, for the one log line that says the bot is off. */
    public static class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new TelegramEnabled().matches(context, metadata);
        }
    }

    /** Webhook mode on top of a token. */
    public static class Webhook implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return new TelegramEnabled().matches(context, metadata) && webhook(context.getEnvironment());
        }
    }

    /** Long polling (the default) on top of a token. */
    public static class Polling implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return new TelegramEnabled().matches(context, metadata) && !new Webhook().matches(context, metadata);
        }
    }
}
