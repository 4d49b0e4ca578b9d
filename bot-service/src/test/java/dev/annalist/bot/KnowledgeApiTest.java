package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The entity list, entity cards and the timeline over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.index-dir=target/test-index")
class KnowledgeApiTest {
    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsEntitiesByType() throws Exception {
        HttpResponse<String> r = get("/api/entities?type=PERSON");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode people = json.readTree(r.body());
        assertThat(people.findValuesAsText("name")).containsExactlyInAnyOrder("Ivan G. Zakharkin", "Ivan V. Boldin",
                "Filipp I. Golikov", "Georgi K. Zhukov", "Heinz Guderian", "GŁnther von Kluge", "Fedor von Bock",
                "Walther Fischer von Weikersthal", "Vasili S. Popov", "Friedrich Bergmann", "Wilhelm Ritter von Thoma",
                "Gerhard Berthold");
        assertThat(people.findValuesAsText("type")).containsOnly("PERSON");
        assertThat(get("/api/entities?type=WIZARD").statusCode()).isEqualTo(400);
    }

    @Test
    void givesAnEntityCardWithAliasesRankMentionsAndEvents() throws Exception {
        HttpResponse<String> r = get("/api/entities/location/kaluga");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode card = json.readTree(r.body());
        assertThat(card.get("name").asText()).isEqualTo("Kaluga");
        assertThat(card.get("mentions").size()).isGreaterThan(5);
        assertThat(card.get("events").findValuesAsText("iso")).contains("1941-12-30");
        JsonNode boldin = json.readTree(get("/api/entities/person/ivan-v-boldin").body());
        assertThat(boldin.get("rank").asText()).isEqualTo("General Leytenant");
        assertThat(boldin.findValuesAsText("aliases").toString()).isNotNull();
        HttpResponse<String> missing = get("/api/entities/person/nobody");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("error").asText()).contains("no entity 'person/nobody'");
    }

    @Test
    void givesTheTimelineInOrderWithinARange() throws Exception {
        JsonNode december = json.readTree(get("/api/timeline?from=1941-12-20&to=1941-12-31").body());
        assertThat(december.findValuesAsText("iso")).contains("1941-12-30").doesNotContain("1941-12-14");
        JsonNode all = json.readTree(get("/api/timeline").body());
        assertThat(all.size()).isEqualTo(17);
        assertThat(all.get(0).get("surface").asText()).isEqualTo("14 December");
        HttpResponse<String> bad = get("/api/timeline?from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("error").asText()).contains("must be a date like 1941-12-20");
    }

    @Test
    void suggestsQuestionsTheAccountAnswers() throws Exception {
        HttpResponse<String> r = get("/api/suggestions?max=6");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode questions = json.readTree(r.body()).get("questions");
        assertThat(questions.size()).isBetween(3, 6);
        assertThat(questions.toString()).contains("When was Kaluga liberated?");
        assertThat(json.readTree(get("/api/suggestions?max=2").body()).get("questions").size()).isEqualTo(2);
        HttpResponse<String> bad = get("/api/suggestions?max=many");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("error").asText()).contains("max");
    }

    @Test
    void describesTheServedAccountByItsHeadingAndOpeningSentences() throws Exception {
        HttpResponse<String> r = get("/api/accounts");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode account = json.readTree(r.body()).get(0);
        assertThat(account.get("source").asText()).isEqualTo("kaluga-offensive-operation.txt");
        assertThat(account.get("title").asText()).isEqualTo("Kaluga Offensive Operation");
        assertThat(account.get("summary").asText()).startsWith("The 'Kaluga Offensive Operation' was the Soviet fifth")
                .contains("Involving General Leytenant Ivan G. Zakharkin");
        assertThat(account.get("sentences").asInt()).isEqualTo(20);
    }
}
