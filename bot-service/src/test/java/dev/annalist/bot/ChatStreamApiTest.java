package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** GET /api/chat/stream: progress, the answer piece by piece, then the full answer; bad input is a JSON 400. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.index-dir=target/test-index")
class ChatStreamApiTest {
    @Value("${local.server.port}")
    int port;

    record Event(String name, JsonNode data) {}

    private List<Event> stream(String message, String session) throws Exception {
        String query = "?message=" + URLEncoder.encode(message, StandardCharsets.UTF_8)
                + (session == null ? "" : "&sessionId=" + session);
        var response = new ApiClient(port).send(new ApiClient(port).at("/api/chat/stream" + query)
                .header("Accept", "text/event-stream"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<Event> events = new ArrayList<>();
        for (String block : response.body().split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                }
            }
            if (name != null) {
                events.add(new Event(name, ApiClient.JSON.readTree(data.toString())));
            }
        }
        return events;
    }

    @Test
    void streamsProgressThenTokensThenTheCitedAnswer() throws Exception {
        List<Event> events = stream("When was Kaluga liberated?", null);
        assertThat(events.get(0).name()).isEqualTo("progress");
        assertThat(events).extracting(Event::name).endsWith("answer");
        String streamed = events.stream().filter(e -> e.name().equals("token"))
                .map(e -> e.data().get("text").asText()).reduce("", String::concat);
        JsonNode answer = events.get(events.size() - 1).data();
        assertThat(streamed).isEqualTo("30 December").isEqualTo(answer.get("answer").asText());
        assertThat(answer.get("value").asText()).isEqualTo("1941-12-30");
        assertThat(answer.get("citations").get(0).get("sentence").asText()).isEqualTo("Kaluga was liberated on 30 December.");
        assertThat(answer.get("messageId").asText()).isNotBlank();
    }

    @Test
    void followUpsWorkAcrossStreamsOfOneSession() throws Exception {
        List<Event> first = stream("Which town did the 49th Army liberate on 17 December?", "stream-session-1");
        assertThat(first.get(first.size() - 1).data().get("answer").asText()).isEqualTo("Aleksin");
        List<Event> second = stream("When was it liberated?", "stream-session-1");
        assertThat(second.get(second.size() - 1).data().get("answer").asText()).isEqualTo("17 December");
    }

    @Test
    void refusesAnEmptyOrOverlongMessageWithAJson400BeforeStreaming() throws Exception {
        ApiClient api = new ApiClient(port);
        var empty = api.send(api.at("/api/chat/stream?message=%20").header("Accept", "text/event-stream"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(empty).get("error").asText()).contains("empty");
        var missing = api.send(api.at("/api/chat/stream").header("Accept", "text/event-stream"));
        assertThat(missing.statusCode()).isEqualTo(400);
        var tooLong = api.send(api.at("/api/chat/stream?message=" + "a".repeat(1001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(tooLong).get("error").asText()).contains("limit is 1000");
    }
}
