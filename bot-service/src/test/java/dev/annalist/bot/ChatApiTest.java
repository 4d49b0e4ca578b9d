package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import dev.annalist.bot.chat.ChatService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** POST /api/chat over real HTTP: answers with citations, follow-ups by session, clear 400s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.index-dir=target/test-index")
class ChatApiTest {
    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ask(String message, String session) throws Exception {
        String body = json.writeValueAsString(session == null
                ? java.util.Map.of("message", message) : java.util.Map.of("message", message, "sessionId", session));
        HttpResponse<String> response = post(body, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void answersWithTheCitedSentenceAndItsSpan() throws Exception {
        JsonNode a = ask("When was Kaluga liberated?", null);
        assertThat(a.get("answer").asText()).isEqualTo("30 December");
        assertThat(a.get("value").asText()).isEqualTo("1941-12-30");
        assertThat(a.get("abstained").asBoolean()).isFalse();
        assertThat(a.get("citations").get(0).get("sentence").asText()).isEqualTo("Kaluga was liberated on 30 December.");
        assertThat(a.get("citations").get(0).get("start").asInt()).isEqualTo(3055);
        assertThat(a.get("sessionId").asText()).isNotBlank();
        assertThat(a.get("messageId").asText()).isNotBlank();
    }

    @Test
    void followUpsResolveWithinTheReturnedSession() throws Exception {
        JsonNode first = ask("Which town did the 49th Army liberate on 17 December?", null);
        assertThat(first.get("answer").asText()).isEqualTo("Aleksin");
        JsonNode followUp = ask("When was it liberated?", first.get("sessionId").asText());
        assertThat(followUp.get("answer").asText()).isEqualTo("17 December");
    }

    @Test
    void saysSoWhenTheAccountDoesNotSay() throws Exception {
        JsonNode a = ask("Who commanded the Soviet 3rd Army?", null);
        assertThat(a.get("abstained").asBoolean()).isTrue();
        assertThat(a.get("answer").asText()).startsWith("I could not find in the account who commanded the Soviet 3rd Army");
    }

    @Test
    void refusesEmptyTooLongAndMalformedMessagesWithAJsonError() throws Exception {
        HttpResponse<String> empty = post("{\"message\": \"  \"}", "application/json");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).get("error").asText()).contains("empty");

        HttpResponse<String> tooLong = post(json.writeValueAsString(java.util.Map.of("message", "a".repeat(1001))), "application/json");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).get("error").asText()).contains("limit is 1000");

        HttpResponse<String> malformed = post("{\"message\": \"When was", "application/json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("error").asText()).contains("not valid JSON");
    }

    @Test
    void readsControlCharactersAsSpacesAndRefusesAMessageMadeOfThem() throws Exception {
        HttpResponse<String> controls = post("{\"message\": \"\\u0000\\u0001\\u200b\"}", "application/json");
        assertThat(controls.statusCode()).isEqualTo(400);
        assertThat(json.readTree(controls.body()).get("error").asText()).contains("empty");
        assertThat(ask("When\u0000 was Kaluga\u0007 liberated?", null).get("answer").asText()).isEqualTo("30 December");
    }

    @Test
    void treatsQuerySyntaxAndMarkupAsPlainText() throws Exception {
        JsonNode a = ask("Kaluga AND (liberated OR freed)^2 <script>alert(1)</script>", null);
        assertThat(a.has("answer")).isTrue();
        JsonNode b = ask("When was Kaluga liberated? \"", null);
        assertThat(b.get("answer").asText()).isEqualTo("30 December");
    }

    @Autowired
    ChatService chat;

    @Test
    void aWebCallerCannotFollowUpOnAnotherChannelsSession() throws Exception {
        chat.ask("Which town did the 49th Army liberate on 17 December?", "telegram:4242", "telegram");
        JsonNode web = ask("When was it liberated?", "telegram:4242");
        assertThat(web.get("answer").asText()).isNotEqualTo("17 December");
        assertThat(chat.ask("When was it liberated?", "telegram:4242", "telegram").answer()).isEqualTo("17 December");
    }
}
