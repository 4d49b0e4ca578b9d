package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** With no admin token configured the admin API is off, whatever token a caller sends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bot.index-dir=target/test-index")
class AdminOffTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void saysTheAdminApiIsOff() throws Exception {
        ApiClient api = new ApiClient(port);
        var response = api.send(api.at("/api/admin/documents").header("Authorization", "Bearer ")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        ApiClient.JSON.writeValueAsString(Map.of("name", "x.txt", "text", "On 1 May 1945 ...")))));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(response).get("error").asText()).contains("admin API is off");
    }
}
