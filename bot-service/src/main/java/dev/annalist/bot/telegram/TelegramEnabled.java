package dev.annalist.bot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code bot.telegram.token} (TELEGRAM_BOT_TOKEN) is set; an empty value counts as unset. */
public class TelegramEnabled implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("bot.telegram.token");
        return token != null && !token.isBlank();
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
            return new TelegramEnabled().matches(context, metadata)
                    && "webhook".equalsIgnoreCase(context.getEnvironment().getProperty("bot.telegram.mode", "polling").strip());
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
