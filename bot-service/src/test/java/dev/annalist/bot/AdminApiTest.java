package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** POST /api/admin/documents: token required; text, JSON and file uploads are answered from at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.index-dir=target/test-index-admin", "bot.admin-token=test-admin-token"})
class AdminApiTest {
    private static final String ACCOUNT = "Operation Example\n\nOn 12 March 1943 General Leytenant Pavel A. Kurochkin’s "
            + "34th Army attacked toward Staraya Russa. The 34th Army liberated Staraya Russa on 18 March.";

    @Value("${local.server.port}")
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private HttpRequest.Builder admin(String path) {
        return api.at(path).header("Authorization", "Bearer test-admin-token");
    }

    @Test
    void refusesWithoutTheRightToken() throws Exception {
        var none = api.postJson("/api/admin/documents", Map.of("name", "x.txt", "text", ACCOUNT));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        var wrong = api.send(api.at("/api/admin/documents").header("Authorization", "Bearer guess")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x.txt\",\"text\":\"t\"}")));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(wrong).get("error").asText()).contains("Bearer");
    }

    @Test
    void addsAMultipartUploadAndAnswersFromItWhileStillAnsweringTheFirstAccount() throws Exception {
        String boundary = "----annalist-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"example-operation.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + ACCOUNT + "\r\n--" + boundary + "--\r\n";
        // Questions keep being answered while the upload re-indexes.
        CompletableFuture<String> during = CompletableFuture.supplyAsync(() -> {
            try {
                return api.ask("When was Kaluga liberated?").get("answer").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var added = api.send(admin("/api/admin/documents").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(ApiClient.json(added).get("source").asText()).isEqualTo("example-operation.txt");
        assertThat(during.get()).isEqualTo("30 December");

        var answer = api.ask("Who commanded the 34th Army?");
        assertThat(answer.get("answer").asText()).isEqualTo("Pavel A. Kurochkin");
        assertThat(answer.get("citations").get(0).get("source").asText()).isEqualTo("example-operation.txt");
        assertThat(api.ask("When was Kaluga liberated?").get("answer").asText()).isEqualTo("30 December");
        var list = api.send(admin("/api/admin/documents"));
        assertThat(list.body()).contains("example-operation.txt", "kaluga-offensive-operation.txt");
    }

    @Test
    void addsPlainTextAndJsonAndRefusesBinaryOrBadNames() throws Exception {
        var text = api.send(admin("/api/admin/documents?name=plain-note.txt").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("On 2 February 1943 the 62nd Army reached Gorodishche.")));
        assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
        var json = api.send(admin("/api/admin/documents").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.JSON.writeValueAsString(
                        Map.of("name", "json-note.md", "text", "On 5 July 1943 the 13th Army held Olkhovatka.")))));
        assertThat(json.statusCode()).as(json.body()).isEqualTo(201);

        var binary = api.send(admin("/api/admin/documents?name=image.txt").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2})));
        assertThat(binary.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(binary).get("error").asText()).contains("image.txt");
        var traversal = api.send(admin("/api/admin/documents?name=..%2F..%2Fetc%2Fpasswd").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("text")));
        assertThat(traversal.statusCode()).isEqualTo(400);
        var empty = api.send(admin("/api/admin/documents?name=empty.txt").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(empty).get("error").asText()).contains("empty");
        assertThat(api.ask("When was Kaluga liberated?").get("answer").asText()).isEqualTo("30 December");
    }
}
