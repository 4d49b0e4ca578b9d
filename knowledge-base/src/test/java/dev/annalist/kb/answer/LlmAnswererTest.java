package dev.annalist.kb.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.annalist.kb.KnowledgeBase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat-model path against a fake OpenAI-compatible server on loopback: real client, real HTTP. */
class LlmAnswererTest {
    @TempDir
    static Path dir;
    static KnowledgeBase kb;
    static HttpServer server;
    static final List<String> requests = new CopyOnWriteArrayList<>();
    static final AtomicReference<String> nextReply = new AtomicReference<>();
    static final Answerer FALLBACK = q -> new Answer("offline answer", null, 0.5, false, List.of(), List.of());

    @BeforeAll
    static void start() throws Exception {
        kb = KnowledgeBase.open(dir.resolve("index"));
        kb.ensureContent();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = completion(nextReply.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop(0);
        kb.close();
    }

    @BeforeEach
    void clear() {
        requests.clear();
    }

    private static String completion(String content) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(content)
                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
    }

    private static LlmAnswerer answerer() {
        var settings = LlmSettings.from(Map.of("llm.provider", "openai", "llm.model", "fake-model",
                "llm.base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "llm.api-key", "test")).orElseThrow();
        return new LlmAnswerer(ChatModels.create(settings), kb.hybrid(), FALLBACK, 5);
    }

    @Test
    void sendsTheRetrievedSentencesAndKeepsAGroundedAnswerWithItsCitation() {
        nextReply.set("{\"answer\": \"30 December\", \"sentence\": 1}");
        Answer a = answerer().answer(Question.of("When was Kaluga liberated?"));
        assertThat(requests).singleElement().satisfies(body -> {
            assertThat(body).contains("fake-model").contains("Kaluga was liberated on 30 December.")
                    .contains("Question: When was Kaluga liberated?");
        });
        assertThat(a.abstained()).isFalse();
        assertThat(a.text()).isEqualTo("30 December");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("Kaluga was liberated on 30 December."));
    }

    @Test
    void rejectsAnInventedAnswerAndFallsBack() {
        nextReply.set("{\"answer\": \"15 March 1942\", \"sentence\": 1}");
        assertThat(answerer().answer(Question.of("When was Kaluga liberated?")).text()).isEqualTo("offline answer");
    }

    @Test
    void fallsBackOnAReplyThatIsNotJsonOrCitesNoGivenSentence() {
        nextReply.set("Kaluga fell in the winter.");
        assertThat(answerer().answer(Question.of("When was Kaluga liberated?")).text()).isEqualTo("offline answer");
        nextReply.set("{\"answer\": \"30 December\", \"sentence\": 9}");
        assertThat(answerer().answer(Question.of("When was Kaluga liberated?")).text()).isEqualTo("offline answer");
    }

    @Test
    void isOffWhenNoModelIsConfigured() {
        assertThat(LlmSettings.from(Map.of("llm.base-url", "http://localhost:1/v1"))).isEmpty();
    }
}
