package dev.annalist.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Real HTTP calls to the service under test, as a browser or a script would make them. */
public final class ApiClient {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(at(path));
    }

    public HttpResponse<String> postJson(String path, Object body) throws Exception {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(at(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Asks through POST /api/chat and expects a 200. */
    public JsonNode ask(String message) throws Exception {
        HttpResponse<String> response = postJson("/api/chat", Map.of("message", message));
        if (response.statusCode() != 200) {
            throw new AssertionError("POST /api/chat answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
