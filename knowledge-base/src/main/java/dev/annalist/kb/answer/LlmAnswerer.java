package dev.annalist.kb.answer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annalist.kb.retrieve.Retriever;
import dev.annalist.kb.store.JsonCodec;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SentenceRecord;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a LangChain4j chat model, from the same retrieved sentences as the extractive
 * answerer. The model must reply with a short answer and the number of the sentence it comes from;
 * the answer is kept only when that sentence supports it ({@link GroundingCheck}). Anything else (an
 * invented answer, a malformed reply, a model that is down) falls back to the extractive answer.
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    static final String INSTRUCTIONS = """
            You answer questions about a historical account using ONLY the numbered sentences given.
            Reply with one JSON object and nothing else: {"answer": "<the shortest exact words from one sentence>", "sentence": <its number>}.
            If the sentences do not say, reply {"answer": null, "sentence": null}. Never use outside knowledge.""";
    private static final Pattern JSON_OBJECT = Pattern.compile("\\{.*}", Pattern.DOTALL);

    private final ChatModel model;
    private final Retriever retriever;
    private final Answerer fallback;
    private final int passages;
    private final GroundingCheck grounding = new GroundingCheck();

    public LlmAnswerer(ChatModel model, Retriever retriever, Answerer fallback, int passages) {
        this.model = model;
        this.retriever = retriever;
        this.fallback = fallback;
        this.passages = passages;
    }

    @Override
    public Answer answer(Question question) {
        String text = QuestionText.plain(question.text());
        if (text.isEmpty()) {
            return fallback.answer(question);
        }
        List<ScoredSentence> hits = retriever.retrieve(text, passages);
        if (hits.isEmpty()) {
            return fallback.answer(question);
        }
        String reply;
        try {
            reply = model.chat(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt(text, hits))).aiMessage().text();
        } catch (RuntimeException e) {
            LOG.warn("chat model failed ({}); answering offline", e.getMessage());
            return fallback.answer(question);
        }
        return grounded(reply, hits).orElseGet(() -> fallback.answer(question));
    }

    static String prompt(String question, List<ScoredSentence> hits) {
        StringBuilder b = new StringBuilder("Sentences:\n");
        for (int i = 0; i < hits.size(); i++) {
            b.append('[').append(i + 1).append("] ").append(hits.get(i).sentence().text()).append('\n');
        }
        return b.append("\nQuestion: ").append(question).toString();
    }

    /** The model's answer, if it parses, cites a given sentence and that sentence supports it. */
    private java.util.Optional<Answer> grounded(String reply, List<ScoredSentence> hits) {
        Matcher json = JSON_OBJECT.matcher(reply == null ? "" : reply);
        if (!json.find()) {
            LOG.info("chat model reply is not JSON; answering offline");
            return java.util.Optional.empty();
        }
        JsonNode node;
        try {
            node = JsonCodec.MAPPER.readTree(json.group());
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
        JsonNode answer = node.path("answer");
        int index = node.path("sentence").asInt(0);
        if (answer.isNull() || answer.isMissingNode()) {
            SentenceRecord nearest = hits.get(0).sentence();
            return java.util.Optional.of(Answer.abstain("The account does not say.", List.of(cite(nearest))));
        }
        if (index < 1 || index > hits.size()) {
            return java.util.Optional.empty();
        }
        SentenceRecord cited = hits.get(index - 1).sentence();
        if (!grounding.supports(cited.text(), answer.asText())) {
            LOG.info("chat model answer '{}' is not in the sentence it cites; answering offline", answer.asText());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Answer(answer.asText().strip(), null, 0.8, false, List.of(cite(cited)),
                cited.entityIds()));
    }

    private static Citation cite(SentenceRecord s) {
        return new Citation(s.source(), s.index(), s.text(), s.span().start(), s.span().end());
    }
}
