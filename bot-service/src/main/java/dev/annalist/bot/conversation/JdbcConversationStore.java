package dev.annalist.bot.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The conversation store in any JDBC database (an H2 file by default); Flyway owns the schema. */
@Repository
public class JdbcConversationStore implements ConversationStore {
    private static final int LONG_TEXT = 4000;
    private final JdbcClient jdbc;

    public JdbcConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Turn t) {
        jdbc.sql("""
                INSERT INTO conversation_turn (message_id, session_id, channel, question, answer, abstained,
                    cited_source, cited_sentence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.messageId(), t.sessionId(), t.channel(), clip(t.question(), 1000), clip(t.answer(), LONG_TEXT),
                        t.abstained(), clip(t.citedSource(), 255), clip(t.citedSentence(), LONG_TEXT),
                        Timestamp.from(t.createdAt()))
                .update();
    }

    @Override
    public Optional<Turn> turn(String messageId) {
        return jdbc.sql("SELECT * FROM conversation_turn WHERE message_id = ?").param(messageId)
                .query(JdbcConversationStore::turnOf).optional();
    }

    @Override
    public List<Turn> turns(String sessionId) {
        return jdbc.sql("SELECT * FROM conversation_turn WHERE session_id = ? ORDER BY created_at, message_id")
                .param(sessionId).query(JdbcConversationStore::turnOf).list();
    }

    @Override
    public boolean rate(Feedback f) {
        if (turn(f.messageId()).isEmpty()) {
            return false;
        }
        // Update-then-insert rather than MERGE: plain SQL that every JDBC database accepts.
        int updated = jdbc.sql("UPDATE feedback SET rating = ?, comment = ?, created_at = ? WHERE message_id = ?")
                .params(f.rating().name(), clip(f.comment(), 1000), Timestamp.from(f.createdAt()), f.messageId())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO feedback (message_id, rating, comment, created_at) VALUES (?, ?, ?, ?)")
                        .params(f.messageId(), f.rating().name(), clip(f.comment(), 1000), Timestamp.from(f.createdAt()))
                        .update();
            } catch (DuplicateKeyException raced) {
                // Another vote on the same answer inserted first (a double click); the later vote wins.
                jdbc.sql("UPDATE feedback SET rating = ?, comment = ?, created_at = ? WHERE message_id = ?")
                        .params(f.rating().name(), clip(f.comment(), 1000), Timestamp.from(f.createdAt()), f.messageId())
                        .update();
            }
        }
        return true;
    }

    @Override
    public Optional<Feedback> feedback(String messageId) {
        return jdbc.sql("SELECT * FROM feedback WHERE message_id = ?").param(messageId)
                .query((rs, row) -> new Feedback(rs.getString("message_id"), Feedback.Rating.valueOf(rs.getString("rating")),
                        rs.getString("comment"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    private static Turn turnOf(ResultSet rs, int row) throws SQLException {
        return new Turn(rs.getString("message_id"), rs.getString("session_id"), rs.getString("channel"),
                rs.getString("question"), rs.getString("answer"), rs.getBoolean("abstained"),
                rs.getString("cited_source"), rs.getString("cited_sentence"), rs.getTimestamp("created_at").toInstant());
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
