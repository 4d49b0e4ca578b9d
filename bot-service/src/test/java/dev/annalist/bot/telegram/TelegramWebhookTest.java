package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webhook mode: updates arrive on POST /telegram/webhook and are accepted only with the secret header;
 * replies still go out through the real client to the fake Bot API, and nothing polls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.index-dir=target/test-index",
        "bot.telegram.token=" + FakeBotApi.TOKEN,
        "bot.telegram.mode=webhook",
        "bot.telegram.webhook-secret=s3cret-Token_1",
        "bot.telegram.webhook-url=https://bot.example/telegram/webhook",
        "bot.telegram.retry.initial=50ms",
        "bot.telegram.retry.max=200ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramWebhookTest {
    static final FakeBotApi API = FakeBotApi.started();

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("bot.telegram.api-url", API::url);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    private HttpResponse<String> post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String update(long chat, String text, int id) {
        ObjectNode update = API.textMessage(chat, text);
        update.put("update_id", id);
        return update.toString();
    }

    @Test
    void refusesAWrongOrMissingSecretWith403() throws Exception {
        assertThat(post("wrong", update(301, "When was Kaluga liberated?", 1)).statusCode()).isEqualTo(403);
        assertThat(post(null, update(301, "When was Kaluga liberated?", 2)).statusCode()).isEqualTo(403);
        assertThat(post("s3cret-Token_1", "{not json").statusCode()).isEqualTo(400);
        assertThat(post("s3cret-Token_1", "{\"update_id\": 4, \"message\": \"unreadable\"}").statusCode()).isEqualTo(200);
        // The accepted update of the next test is the marker: nothing refused here was ever answered.
        assertThat(post("s3cret-Token_1", update(301, "/help", 3)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> API.sent(301).size() == 1);
        assertThat(API.sent(301).get(0).text()).contains("/timeline");
    }

    @Test
    void answersAnUpdateWithTheRightSecretOnceEvenIfTelegramSendsItTwice() throws Exception {
        String update = update(302, "When was Kaluga liberated?", 10);
        assertThat(post("s3cret-Token_1", update).statusCode()).isEqualTo(200);
        assertThat(post("s3cret-Token_1", update).statusCode()).isEqualTo(200);
        assertThat(post("s3cret-Token_1", update(302, "/ask Which town did the 49th Army liberate on 17 December?", 11))
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> API.sent(302).size() >= 2);
        assertThat(API.sent(302)).hasSize(2);
        assertThat(API.sent(302).get(0).text()).contains("30 December");
        assertThat(API.sent(302).get(1).text()).contains("Aleksin");
    }

    @Test
    void registersTheWebhookWithItsSecretAndNeverPolls() {
        await().atMost(Duration.ofSeconds(20)).until(() -> !API.calls("setwebhook").isEmpty());
        assertThat(API.calls("setwebhook").get(0).body().path("url").asText()).isEqualTo("https://bot.example/telegram/webhook");
        assertThat(API.calls("setwebhook").get(0).body().path("secret_token").asText()).isEqualTo("s3cret-Token_1");
        assertThat(API.calls("getupdates")).isEmpty();
    }
}
