package dev.annalist.kb.answer;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach a chat model: an OpenAI-compatible server (base URL, key, model name) or Ollama (base
 * URL, model name). Read from properties {@code llm.provider} (openai | ollama), {@code llm.base-url},
 * {@code llm.api-key}, {@code llm.model}, {@code llm.timeout-seconds}; absent when no model is named.
 */
public record LlmSettings(Provider provider, String baseUrl, String apiKey, String model, Duration timeout) {
    public enum Provider { OPENAI, OLLAMA }

    public static Optional<LlmSettings> from(Map<String, String> properties) {
        String model = properties.getOrDefault("llm.model", "").strip();
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Provider provider = Provider.valueOf(properties.getOrDefault("llm.provider", "openai").strip().toUpperCase(Locale.ROOT));
        String defaultUrl = provider == Provider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
        return Optional.of(new LlmSettings(provider, properties.getOrDefault("llm.base-url", defaultUrl).strip(),
                properties.getOrDefault("llm.api-key", ""), model,
                Duration.ofSeconds(Long.parseLong(properties.getOrDefault("llm.timeout-seconds", "30").strip()))));
    }
}
