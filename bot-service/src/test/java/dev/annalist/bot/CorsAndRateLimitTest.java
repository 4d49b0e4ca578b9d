package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Cross-origin calls only from the configured origins; a client over its rate gets 429 with Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.index-dir=target/test-index", "bot.web.allowed-origins=https://museum.example, https://www.museum.example",
        "bot.rate-limit.per-minute=6", "bot.rate-limit.burst=3", "bot.rate-limit.trust-forwarded-for=true"})
class CorsAndRateLimitTest {
    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> preflight(ApiClient api, String origin) throws Exception {
        return api.send(api.at("/api/chat").header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .header("X-Forwarded-For", "203.0.113.1")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> chatFrom(ApiClient api, String client, String origin) throws Exception {
        HttpRequest.Builder request = api.at("/api/chat").header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"When was Kaluga liberated?\"}"));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return api.send(request);
    }

    @Test
    void allowsTheConfiguredOriginsAndRefusesOthers() throws Exception {
        ApiClient api = new ApiClient(port);
        var allowed = preflight(api, "https://www.museum.example");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://www.museum.example");

        var refused = preflight(api, "https://evil.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        var actual = chatFrom(api, "198.51.100.7", "https://museum.example");
        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://museum.example");
        assertThat(chatFrom(api, "198.51.100.8", "https://evil.example").statusCode()).isEqualTo(403);
    }

    @Test
    void answers429WithRetryAfterOnceAClientSpendsItsBurstAndKeepsServingOthers() throws Exception {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            assertThat(chatFrom(api, "192.0.2.10", null).statusCode()).isEqualTo(200);
        }
        var limited = chatFrom(api, "192.0.2.10", null);
        assertThat(limited.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 10L);
        assertThat(ApiClient.json(limited).get("error").asText()).contains("too many requests");
        assertThat(chatFrom(api, "192.0.2.11", null).statusCode()).isEqualTo(200);
    }
}
