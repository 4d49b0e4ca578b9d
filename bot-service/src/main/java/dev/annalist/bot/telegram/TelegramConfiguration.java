package dev.annalist.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annalist.bot.chat.ChatService;
import dev.annalist.bot.conversation.ConversationStore;
import dev.annalist.bot.suggest.SuggestedQuestions;
import dev.annalist.bot.entities.EntityCards;
import dev.annalist.bot.timeline.Timeline;
import dev.annalist.kb.KnowledgeBase;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel's beans, created only when a token is set. Nothing here talks to Telegram while
 * the context starts: a wrong token or an unreachable API costs the bot, never the web service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
public class TelegramConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramConfiguration.class);
    /**
     * The Bot API objects are Jackson 2 types while Spring MVC's mapper is Jackson 3; a private mapper
     * (not a bean) keeps the two from meeting.
     */
    static final ObjectMapper JSON = new ObjectMapper();

    /** Logs once that the bot is off and how to turn it on, or, with a token set, what setting is wrong. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(TelegramEnabled.Not.class)
    static class Off {
        Off(Environment environment) {
            if (TelegramEnabled.tokenSet(environment)) {
                LOG.error("Telegram bot off: {}", TelegramEnabled.problem(environment));
            } else {
                LOG.info("Telegram bot off: set TELEGRAM_BOT_TOKEN (bot.telegram.token) to turn it on");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(TelegramEnabled.class)
    static class On {
        @Bean
        TelegramClient telegramClient(TelegramProperties properties) {
            OkHttpClient http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
                    .readTimeout(30, TimeUnit.SECONDS).writeTimeout(30, TimeUnit.SECONDS).build();
            return new OkHttpTelegramClient(JSON, http, properties.token().strip(), properties.telegramUrl());
        }

        @Bean
        Pause telegramPause() {
            return Pause.sleeping();
        }

        @Bean
        BotApiSender telegramSender(TelegramClient telegramClient, TelegramProperties properties, Pause pause) {
            return new BotApiSender(telegramClient, properties.retry(), pause);
        }

        @Bean
        BotIdentity botIdentity(TelegramProperties properties) {
            return new BotIdentity(properties.username());
        }

        @Bean
        UpdateHandler telegramUpdateHandler(ChatService chat, ConversationStore conversations, EntityCards cards,
                                            Timeline timeline, KnowledgeBase knowledgeBase, BotApiSender sender,
                                            TelegramProperties properties, BotIdentity identity,
                                            SuggestedQuestions suggestions) {
            return new UpdateHandler(chat, conversations, cards, timeline, knowledgeBase, sender,
                    new ChatRateLimiter(properties.rateLimit().perMinute(), properties.rateLimit().burst()), identity,
                    () -> suggestions.questions(3));
        }

        @Bean(destroyMethod = "close")
        UpdateDispatcher telegramDispatcher(UpdateHandler handler, BotApiSender sender, TelegramProperties properties) {
            return new UpdateDispatcher(handler, sender, properties.workers(), properties.rateLimit().maxPending(),
                    properties.rateLimit().maxQueued(), properties.shutdownGrace());
        }

        @Bean
        BotStarter telegramBotStarter(TelegramProperties properties, TelegramClient telegramClient, BotIdentity identity,
                                      UpdateDispatcher dispatcher, Pause pause) {
            return new BotStarter(properties, telegramClient, identity, dispatcher, JSON, pause);
        }
    }
}
