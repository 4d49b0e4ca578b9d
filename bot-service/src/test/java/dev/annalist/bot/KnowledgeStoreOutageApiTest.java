package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.KnowledgeStore;
import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SearchFilter;
import dev.annalist.kb.store.StoreUnavailableException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The knowledge store going away after start-up, as a SolrCloud store does when its nodes or ZooKeeper
 * are down: the API answers 503 with Retry-After in its JSON error shape, not a 500, and answers again
 * as soon as the store is back, with no restart. The store here is the real index behind a switch
 * that throws what the SolrCloud store throws.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.index-dir=target/test-index", "bot.answer-cache.enabled=false"})
class KnowledgeStoreOutageApiTest {
    @Value("${local.server.port}")
    int port;

    @Autowired
    SwitchableStore store;

    @TestConfiguration
    static class StoreBehindASwitch {
        @Bean
        SwitchableStore switchableStore(@Qualifier("knowledgeBase") KnowledgeBase real) {
            return new SwitchableStore(real.store());
        }

        /** The service's knowledge base over the switch; the real bean still owns and closes the index. */
        @Bean(destroyMethod = "")
        @Primary
        KnowledgeBase knowledgeBaseBehindTheSwitch(@Qualifier("knowledgeBase") KnowledgeBase real, SwitchableStore store) {
            return new KnowledgeBase(store, real.embedder(), () -> {
                throw new IllegalStateException("no ingestion in this test");
            });
        }
    }

    @AfterEach
    void storeBack() {
        store.down = false;
    }

    @Test
    void chatAndSearchAnswer503WithRetryAfterWhileTheStoreIsDownAndRecoverWhenItIsBack() throws Exception {
        ApiClient api = new ApiClient(port);
        assertThat(api.ask("When was Kaluga liberated?").get("answer").asText()).isEqualTo("30 December");

        store.down = true;
        assertUnavailable(api.postJson("/api/chat", Map.of("message", "Who commanded the 50th Army?")));
        assertUnavailable(api.get("/api/search?q=" + URLEncoder.encode("Kaluga liberated", StandardCharsets.UTF_8)));

        store.down = false;
        assertThat(api.ask("Who commanded the 50th Army?").get("abstained").asBoolean()).isFalse();
        assertThat(api.get("/api/search?q=Kaluga").statusCode()).isEqualTo(200);
    }

    @Test
    void theStreamEndsWithAnErrorEventSayingToTryAgain() throws Exception {
        store.down = true;
        HttpResponse<String> response = new ApiClient(port).send(new ApiClient(port)
                .at("/api/chat/stream?message=" + URLEncoder.encode("When was Kaluga liberated?", StandardCharsets.UTF_8))
                .header("Accept", "text/event-stream"));
        assertThat(response.body()).contains("event:error").contains("unreachable for now; please try again shortly")
                .doesNotContain("something went wrong");
    }

    private static void assertUnavailable(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(ApiClient.json(response).get("error").asText())
                .isEqualTo("the knowledge base is unreachable for now; please try again shortly");
    }

    /** The real store, or StoreUnavailableException from every search while {@link #down}. */
    static final class SwitchableStore implements KnowledgeStore {
        private final KnowledgeStore real;
        volatile boolean down;

        SwitchableStore(KnowledgeStore real) {
            this.real = real;
        }

        private void check() {
            if (down) {
                throw new StoreUnavailableException("search failed on collection test: SolrCloud is not reachable", null);
            }
        }

        @Override
        public List<ScoredSentence> searchText(String query, int k, SearchFilter filter) {
            check();
            return real.searchText(query, k, filter);
        }

        @Override
        public List<ScoredSentence> searchVector(float[] vector, int k, SearchFilter filter) {
            check();
            return real.searchVector(vector, k, filter);
        }

        @Override
        public void replace(Knowledge knowledge, String fingerprint, IntConsumer written) throws java.io.IOException {
            real.replace(knowledge, fingerprint, written);
        }

        @Override
        public Optional<String> fingerprint() {
            return real.fingerprint();
        }

        @Override
        public Knowledge knowledge() {
            return real.knowledge();
        }

        @Override
        public void close() {
            // the real knowledge base closes the index
        }
    }
}
