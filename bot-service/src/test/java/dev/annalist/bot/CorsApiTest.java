package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Cross-origin calls as the widget's browser makes them: allowed sites only, and a 429 they can read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.index-dir=target/test-index", "bot.web.allowed-origins=http://museum.example, http://www.museum.example",
        "bot.rate-limit.per-minute=1", "bot.rate-limit.burst=2"})
class CorsApiTest {
    private static final String SITE = "http://www.museum.example";

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type");
    }

    @Test
    void allowsTheConfiguredSitesOnlyAndLetsThemReadTheRateLimit() throws Exception {
        HttpResponse<String> allowed = send(preflight(SITE));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SITE);
        assertThat(send(preflight("http://elsewhere.example")).statusCode()).isEqualTo(403);

        HttpRequest.Builder timeline = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/timeline"))
                .header("Origin", SITE);
        assertThat(send(timeline).statusCode()).isEqualTo(200);
        assertThat(send(timeline).statusCode()).isEqualTo(200);
        HttpResponse<String> limited = send(timeline);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Access-Control-Allow-Origin")).as("else the browser hides the 429").hasValue(SITE);
        assertThat(limited.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("Retry-After");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("retryAfterSeconds");
    }
}
