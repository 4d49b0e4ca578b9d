package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Health, readiness, Prometheus metrics (answer latency, abstentions) and the OpenAPI document. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.index-dir=target/test-index")
class OperationsApiTest {
    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return new ApiClient(port).send(request);
    }

    private HttpRequest.Builder at(String path) {
        return new ApiClient(port).at(path);
    }

    @Test
    void reportsHealthAndReadiness() throws Exception {
        assertThat(send(at("/actuator/health")).body()).contains("\"status\":\"UP\"");
        assertThat(send(at("/actuator/health/readiness")).statusCode()).isEqualTo(200);
    }

    @Test
    void exposesAnswerLatencyAndAbstentionsInPrometheusFormat() throws Exception {
        for (String q : new String[] {"When was Kaluga liberated?", "Who commanded the Soviet 3rd Army?"}) {
            send(at("/api/chat").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"" + q + "\"}")));
        }
        String metrics = send(at("/actuator/prometheus")).body();
        assertThat(metrics).containsPattern("annalist_answers_total\\{abstained=\"true\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("annalist_answers_total\\{abstained=\"false\"[^}]*\\} [1-9]");
        assertThat(metrics).contains("annalist_answer_seconds_count");
    }

    @Test
    void aRepeatedQuestionIsAnsweredFromTheCacheAndCountedAsAHit() throws Exception {
        String body = "{\"message\": \"On what date was Kaluga liberated by the 50th Army?\"}";
        String first = send(at("/api/chat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).body();
        String again = send(at("/api/chat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).body();
        assertThat(ApiClient.JSON.readTree(again).get("answer")).isEqualTo(ApiClient.JSON.readTree(first).get("answer"));
        String metrics = send(at("/actuator/prometheus")).body();
        assertThat(metrics).containsPattern("annalist_answer_cache_total\\{result=\"hit\"[^}]*\\} [1-9]");
        assertThat(metrics).contains("annalist_answer_cache_size");
    }

    @Test
    void publishesTheOpenApiDocumentAndItsUi() throws Exception {
        var doc = ApiClient.json(send(at("/v3/api-docs")));
        assertThat(doc.get("info").get("title").asText()).isEqualTo("Annalist bot API");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/chat", "/api/chat/stream", "/api/feedback",
                "/api/entities", "/api/entities/{type}/{slug}", "/api/timeline", "/api/admin/documents");
        var ui = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(at("/swagger-ui.html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
