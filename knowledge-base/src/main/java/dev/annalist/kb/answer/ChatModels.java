package dev.annalist.kb.answer;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Builds the LangChain4j chat model the settings name. Deterministic (temperature 0), one retry. */
public final class ChatModels {
    private ChatModels() {}

    public static ChatModel create(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey().isBlank() ? "not-needed" : settings.apiKey())
                    .modelName(settings.model())
                    .temperature(0.0)
                    .timeout(settings.timeout())
                    .maxRetries(1)
                    .build();
            case OLLAMA -> {
                OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder();
                builder.baseUrl(settings.baseUrl());
                builder.modelName(settings.model());
                builder.temperature(0.0);
                builder.timeout(settings.timeout());
                builder.maxRetries(1);
                yield builder.build();
            }
        };
    }
}
