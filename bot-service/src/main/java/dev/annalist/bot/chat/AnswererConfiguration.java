package dev.annalist.bot.chat;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.ChatModels;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.answer.AnswerChain;
import dev.annalist.kb.answer.ReaderSettings;
import dev.annalist.kb.answer.LlmAnswerer;
import dev.annalist.kb.answer.LlmSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The answerer the channels share: the offline answer chain (trained reader; {@code bot.reader.threshold} moves its abstention), or a chat model over it when
 * {@code bot.llm.model} is set (the extractive answer stays the fallback).
 */
@Configuration
public class AnswererConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(AnswererConfiguration.class);

    @Bean
    public Answerer answerer(KnowledgeBase kb, MeterRegistry registry,
                             @Value("${bot.sessions.max:10000}") int maxSessions,
                             @Value("${bot.llm.provider:openai}") String provider,
                             @Value("${bot.llm.base-url:}") String baseUrl,
                             @Value("${bot.llm.api-key:}") String apiKey,
                             @Value("${bot.llm.model:}") String model,
                             @Value("${bot.llm.timeout-seconds:30}") String timeout,
                             @Value("${bot.reader.threshold:}") String threshold) {
        ReaderSettings reader = ReaderSettings.bundled();
        if (!threshold.isBlank()) {
            reader = reader.withThreshold(Double.parseDouble(threshold.strip()));
        }
        // Loads the reader now, so that a missing or corrupt model stops start-up with a line naming the file.
        Answerer extractive = AnswerChain.builder(kb::knowledge, kb.hybrid(), KnowledgeBase.reader())
                .memory(new ConversationMemory(maxSessions)).settings(reader).build();
        Map<String, String> properties = new java.util.HashMap<>(Map.of("llm.provider", provider, "llm.model", model,
                "llm.api-key", apiKey, "llm.timeout-seconds", timeout));
        if (!baseUrl.isBlank()) {
            properties.put("llm.base-url", baseUrl);
        }
        var settings = LlmSettings.from(properties);
        if (settings.isEmpty()) {
            LOG.info("answering offline with the trained reader, abstaining below margin {} (set bot.llm.model to use a chat model)", reader.threshold());
            return new MeteredAnswerer(extractive, registry);
        }
        LOG.info("answering with chat model {} at {} ({}), grounded, extractive fallback", settings.get().model(),
                settings.get().baseUrl(), settings.get().provider());
        return new MeteredAnswerer(new LlmAnswerer(ChatModels.create(settings.get()), kb.hybrid(), extractive, 5), registry);
    }
}
