package dev.annalist.kb.cli;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.ChatModels;
import dev.annalist.kb.answer.ConversationMemory;
import dev.annalist.kb.answer.LlmAnswerer;
import dev.annalist.kb.answer.LlmSettings;
import dev.annalist.kb.answer.Question;
import dev.annalist.kb.store.JsonCodec;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ask", description = "Answers a question, citing the sentence it comes from. "
        + "Uses a chat model when -Dllm.model=... (and llm.base-url, llm.api-key, llm.provider) are set.")
final class AskCommand extends IndexOptions implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in plain words.")
    String question;

    @picocli.CommandLine.Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (KnowledgeBase kb = openWithContent()) {
            Answerer answerer = kb.answerer(new ConversationMemory(1));
            Map<String, String> properties = new HashMap<>();
            System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
            var llm = LlmSettings.from(properties);
            if (llm.isPresent()) {
                answerer = new LlmAnswerer(ChatModels.create(llm.get()), kb.hybrid(), answerer, 5);
            }
            Answer a = answerer.answer(Question.of(question));
            if (json) {
                System.out.println(JsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(a));
                return 0;
            }
            System.out.println(a.text() + (a.value() != null ? "  [" + a.value() + "]" : ""));
            a.citations().forEach(c -> System.out.printf("  source: %s, sentence %d [%d-%d]: %s%n", c.source(), c.sentence(),
                    c.start(), c.end(), c.text()));
        }
        return 0;
    }
}
