package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Requests an outside tester sends on purpose: broken escapes, text that normalises to nothing, markup
 * around a question, malformed paths and headers. Each gets our JSON error shape (or an answer), never
 * a 500 or an HTML page, and the service keeps answering afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.index-dir=target/test-index")
class HostileInputApiTest {
    @Value("${local.server.port}")
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** One raw HTTP/1.1 exchange, for requests that a well-behaved client refuses to send. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static JsonNode assertJsonError(String rawResponse, int status) throws Exception {
        String head = rawResponse.substring(0, rawResponse.indexOf("\r\n\r\n")).toLowerCase();
        String body = rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
        assertThat(head).as(rawResponse).startsWith("http/1.1 " + status);
        assertThat(head).as(rawResponse).contains("content-type: application/json");
        if (head.contains("transfer-encoding: chunked")) {
            body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
        }
        JsonNode json = ApiClient.JSON.readTree(body.strip());
        assertThat(json.get("error").asText()).as(rawResponse).isNotBlank();
        return json;
    }

    private String rawGet(String path) throws Exception {
        return raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static void assertJsonError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(ApiClient.json(response).get("error").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=%", "/api/search?q=%zz", "/api/chat/stream?message=%ff%fe",
            "/api/timeline?from=%", "/api/search?q=Kaluga&k=%"})
    void aBrokenPercentEscapeIsABadRequest(String path) throws Exception {
        assertThat(assertJsonError(rawGet(path), 400).get("error").asText()).contains("percent");
        assertThat(api.ask("When was Kaluga liberated?").get("answer").asText()).isEqualTo("30 December");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ufffd", "\u0301", "\ufffd\u0301 \u200b", "\u0000\ufffd"})
    void aMessageThatNormalisesToNothingIsEmpty(String message) throws Exception {
        HttpResponse<String> chat = api.postJson("/api/chat", Map.of("message", message));
        assertJsonError(chat, 400);
        assertThat(ApiClient.json(chat).get("error").asText()).contains("empty");
    }

    @Test
    void aSearchForAReplacementCharacterIsEmpty() throws Exception {
        HttpResponse<String> search = api.get("/api/search?q=%EF%BF%BD");
        assertJsonError(search, 400);
        assertThat(ApiClient.json(search).get("error").asText()).contains("empty");
    }

    @Test
    void aQuestionAfterMarkupIsStillAnswered() throws Exception {
        JsonNode answer = api.ask("<script>alert('x')</script> When was Kaluga liberated?");
        assertThat(answer.get("answer").asText()).isEqualTo("30 December");
        JsonNode styled = api.ask("<b>When</b> was <i>Kaluga</i> liberated?");
        assertThat(styled.get("answer").asText()).isEqualTo("30 December");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/a%2Fb", "/api/a%5Cb", "/api/a%00b", "/api/%", "/api/a%zzb"})
    void aMalformedPathIsAJsonBadRequest(String path) throws Exception {
        assertJsonError(rawGet(path), 400);
    }

    @Test
    void aNulInAHeaderIsAJsonBadRequest() throws Exception {
        assertJsonError(raw("GET /api/search?q=Kaluga HTTP/1.1\r\nHost: localhost\r\nX-Test: a\u0000b\r\n"
                + "Connection: close\r\n\r\n"), 400);
    }

    @Test
    void anOverLongUrlOrHeaderIsAJsonError() throws Exception {
        String url = raw("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(url).startsWith("HTTP/1.1 4");
        assertJsonError(url, Integer.parseInt(url.substring(9, 12)));
        String header = raw("GET /api/search?q=Kaluga HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(header).startsWith("HTTP/1.1 4");
        assertJsonError(header, Integer.parseInt(header.substring(9, 12)));
    }

    @Test
    void aWrongMethodOrAnUnacceptableTypeOrAnUnknownPathIsJson() throws Exception {
        assertJsonError(api.send(api.at("/api/chat").DELETE()), 405);
        assertJsonError(api.send(api.at("/api/search?q=Kaluga").header("Accept", "image/png")), 406);
        assertJsonError(api.get("/api/no-such-thing"), 404);
        HttpResponse<String> missing = api.send(api.at("/api/chat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertJsonError(missing, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/widget.js", "/demo.js", "/demo.css", "/", "/api/search?q=Kaluga"})
    void everyTextResponseNamesItsCharset(String path) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("").toLowerCase()).contains("charset=utf-8");
        if (path.endsWith(".js")) {
            assertThat(response.body().chars().allMatch(c -> c < 128)).as("the script is ASCII").isTrue();
        }
    }
}
