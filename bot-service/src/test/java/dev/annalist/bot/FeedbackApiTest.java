package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.bot.conversation.ConversationStore;
import dev.annalist.bot.conversation.Feedback;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** POST /api/feedback: a rating is stored with the turn it rates; bad ratings and unknown ids are refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.index-dir=target/test-index")
class FeedbackApiTest {
    @Value("${local.server.port}")
    int port;
    @Autowired
    ConversationStore conversations;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void storesTheTurnAndItsRatingAndASecondVoteReplacesTheFirst() throws Exception {
        var answer = api.ask("When was Kaluga liberated?");
        String id = answer.get("messageId").asText();
        var turn = conversations.turn(id).orElseThrow();
        assertThat(turn.question()).isEqualTo("When was Kaluga liberated?");
        assertThat(turn.answer()).isEqualTo("30 December");
        assertThat(turn.channel()).isEqualTo("web");
        assertThat(turn.citedSentence()).isEqualTo("Kaluga was liberated on 30 December.");

        var up = api.postJson("/api/feedback", Map.of("messageId", id, "rating", "up"));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(conversations.feedback(id).orElseThrow().rating()).isEqualTo(Feedback.Rating.UP);

        api.postJson("/api/feedback", Map.of("messageId", id, "rating", "DOWN", "comment", "wrong year"));
        Feedback changed = conversations.feedback(id).orElseThrow();
        assertThat(changed.rating()).isEqualTo(Feedback.Rating.DOWN);
        assertThat(changed.comment()).isEqualTo("wrong year");
    }

    @Test
    void keepsTheTurnsOfASessionInOrder() throws Exception {
        var first = api.ask("Which town did the 49th Army liberate on 17 December?");
        String session = first.get("sessionId").asText();
        api.postJson("/api/chat", Map.of("message", "When was it liberated?", "sessionId", session));
        assertThat(conversations.turns(session)).extracting(t -> t.question())
                .containsExactly("Which town did the 49th Army liberate on 17 December?", "When was it liberated?");
    }

    @Test
    void refusesAnUnknownMessageABadRatingAndMalformedJson() throws Exception {
        var unknown = api.postJson("/api/feedback", Map.of("messageId", "no-such-answer", "rating", "up"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(unknown).get("error").asText()).contains("no-such-answer");

        String id = api.ask("When was Kaluga liberated?").get("messageId").asText();
        var sideways = api.postJson("/api/feedback", Map.of("messageId", id, "rating", "sideways"));
        assertThat(sideways.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(sideways).get("error").asText()).contains("\"up\" or \"down\"");
        assertThat(conversations.feedback(id)).isEmpty();

        var tooLong = api.postJson("/api/feedback", Map.of("messageId", id, "rating", "up", "comment", "x".repeat(1001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);

        var broken = api.postJson("/api/feedback", "{\"messageId\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(broken).get("error").asText()).contains("not valid JSON");
    }
}
