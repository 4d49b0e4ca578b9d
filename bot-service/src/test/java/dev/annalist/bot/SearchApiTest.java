package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.index-dir=target/test-index")
class SearchApiTest {
    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void findsTheSentenceThatSaysWhenKalugaWasLiberated() throws Exception {
        HttpResponse<String> response = get("When was Kaluga liberated?");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kaluga was liberated on 30 December.");
    }

    @Test
    void refusesAnEmptyQueryWithAClearError() throws Exception {
        HttpResponse<String> response = get(" ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("empty");
    }
}
