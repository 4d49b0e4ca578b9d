package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.bot.ApiClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** A malformed bot.telegram.api-url leaves the bot off (one error in the log); the web service starts and answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.index-dir=target/test-index",
        "bot.telegram.token=" + FakeBotApi.TOKEN,
        "bot.telegram.api-url=api.telegram.org"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TelegramBadApiUrlTest {
    @Value("${local.server.port}")
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theWebServiceAnswersAndTheBotIsOff() throws Exception {
        HttpResponse<String> chat = new ApiClient(port).postJson("/api/chat", "{\"message\": \"When was Kaluga liberated?\"}");
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.body()).contains("30 December");
        assertThat(context.getBeanNamesForType(BotStarter.class)).isEmpty();
    }
}
