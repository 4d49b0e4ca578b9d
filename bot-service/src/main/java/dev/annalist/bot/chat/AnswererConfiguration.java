package dev.annalist.bot.chat;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.AnswerCache;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.ChatModels;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.answer.AnswerChain;
import dev.annalist.kb.answer.ReaderSettings;
import dev.annalist.kb.answer.LlmAnswerer;
import dev.annalist.kb.answer.LlmSettings;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
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
                             @Value("${bot.reader.threshold:}") String threshold,
                             @Value("${bot.answer-cache.enabled:true}") boolean cacheEnabled,
                             @Value("${bot.answer-cache.size:10000}") int cacheSize) {
        ReaderSettings reader = ReaderSettings.bundled();
        if (!threshold.isBlank()) {
            reader = reader.withThreshold(Double.parseDouble(threshold.strip()));
        }
        // Loads the reader now, so that a missing or corrupt model stops start-up with a line naming the file.
        AnswerCache cache = cacheEnabled ? AnswerCache.of(cacheSize) : AnswerCache.off();
        meter(cache, registry);
        Answerer extractive = AnswerChain.builder(kb::knowledge, kb.hybrid(), KnowledgeBase.reader())
                .memory(new ConversationMemory(maxSessions)).settings(reader).cache(cache).build();
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

    /** {@code annalist_answer_cache_total{result="hit|miss"}} and {@code annalist_answer_cache_size}: the hit rate is hit / (hit + miss). */
    private static void meter(AnswerCache cache, MeterRegistry registry) {
        FunctionCounter.builder("annalist.answer.cache", cache, AnswerCache::hits).tag("result", "hit")
                .description("Questions answered from the answer cache").register(registry);
        FunctionCounter.builder("annalist.answer.cache", cache, AnswerCache::misses).tag("result", "miss")
                .description("Questions the answer cache did not hold").register(registry);
        Gauge.builder("annalist.answer.cache.size", cache, AnswerCache::size).description("Answers held").register(registry);
    }
}
