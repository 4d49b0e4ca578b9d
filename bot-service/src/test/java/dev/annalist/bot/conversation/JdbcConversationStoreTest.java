package dev.annalist.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The default H2 file store: migrated by Flyway, and turns and ratings survive a restart. */
class JdbcConversationStoreTest {
    @TempDir
    Path dir;

    private JdbcConversationStore open() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("conversations").toAbsolutePath(), "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return new JdbcConversationStore(JdbcClient.create(dataSource));
    }

    @Test
    void keepsTurnsAndFeedbackAcrossARestart() {
        JdbcConversationStore store = open();
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        store.record(new Turn("m1", "s1", "web", "When was Kaluga liberated?", "30 December", false,
                "kaluga.txt", "Kaluga was liberated on 30 December.", now));
        store.record(new Turn("m2", "s1", "telegram", "Who commanded the 3rd Army?", "The account does not say who.",
                true, null, null, now.plusSeconds(5)));
        assertThat(store.rate(new Feedback("m1", Feedback.Rating.UP, "clear", now))).isTrue();
        assertThat(store.rate(new Feedback("missing", Feedback.Rating.UP, null, now))).isFalse();

        JdbcConversationStore reopened = open();
        assertThat(reopened.turns("s1")).extracting(Turn::messageId).containsExactly("m1", "m2");
        assertThat(reopened.turn("m2").orElseThrow().abstained()).isTrue();
        assertThat(reopened.feedback("m1").orElseThrow().comment()).isEqualTo("clear");
    }

    @Test
    void clipsTextLongerThanItsColumnInsteadOfLosingTheTurn() {
        JdbcConversationStore store = open();
        store.record(new Turn("long", "s", "web", "q", "a".repeat(5000), false, "src", "s".repeat(9000), Instant.now()));
        assertThat(store.turn("long").orElseThrow().answer()).hasSize(4000);
    }
}
