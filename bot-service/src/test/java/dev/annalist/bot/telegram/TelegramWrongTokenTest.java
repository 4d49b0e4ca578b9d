package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.annalist.bot.ApiClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A token the Bot API refuses costs the bot, not the service: the web API answers while the bot keeps retrying. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.index-dir=target/test-index",
        "bot.telegram.token=999:not-the-right-token",
        "bot.telegram.retry.initial=50ms",
        "bot.telegram.retry.max=200ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramWrongTokenTest {
    static final FakeBotApi API = FakeBotApi.started();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("bot.telegram.api-url", API::url);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Test
    void theWebServiceAnswersWhileTheBotRetries() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> API.calls("getme").size() >= 2); // refused, and tried again
        HttpResponse<String> chat = new ApiClient(port).postJson("/api/chat", "{\"message\": \"When was Kaluga liberated?\"}");
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.body()).contains("30 December");
        assertThat(API.calls("getupdates")).isEmpty();
    }
}
