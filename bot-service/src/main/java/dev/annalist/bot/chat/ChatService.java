package dev.annalist.bot.chat;

import dev.annalist.bot.conversation.ConversationStore;
import dev.annalist.bot.conversation.Turn;
import dev.annalist.bot.web.BadRequestException;
import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.Question;
import dev.annalist.kb.store.EmbeddableText;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What every channel does with a message: check it, answer it within its session, and keep the turn
 * so feedback can refer to it. A failing database costs the record of a turn, never the answer.
 */
@Service
public class ChatService {
    public static final int MAX_MESSAGE = 1000;
    static final int MAX_SESSION_ID = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    private final Answerer answerer;
    private final ConversationStore conversations;

    public ChatService(Answerer answerer, ConversationStore conversations) {
        this.answerer = answerer;
        this.conversations = conversations;
    }

    /** Throws {@link BadRequestException} with a message fit for the user when the input is unusable. */
    public ChatResponse ask(String message, String sessionId, String channel) {
        String text = validMessage(message);
        String session = validSession(sessionId);
        // Memory is keyed by channel too, so a web caller cannot name a Telegram chat's session and read
        // or steer its follow-ups.
        Answer answer = answerer.answer(new Question(text, channel + "|" + session));
        ChatResponse response = ChatResponse.of(answer, session, UUID.randomUUID().toString());
        keep(response, text, channel);
        return response;
    }

    static String validMessage(String message) {
        // Control characters are no part of a question (and trip the embedding model); read them as spaces.
        String text = message == null ? "" : CONTROL.matcher(message).replaceAll(" ").strip();
        if (!EmbeddableText.hasContent(text)) { // decided as the embedding model sees it: "\ufffd" is empty too
            throw new BadRequestException("the message is empty; send {\"message\": \"your question\"}");
        }
        if (text.length() > MAX_MESSAGE) {
            throw new BadRequestException("the message is " + text.length() + " characters; the limit is " + MAX_MESSAGE);
        }
        return text;
    }

    static String validSession(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return UUID.randomUUID().toString();
        }
        String session = sessionId.strip();
        if (session.length() > MAX_SESSION_ID) {
            throw new BadRequestException("the sessionId is longer than " + MAX_SESSION_ID + " characters");
        }
        return session;
    }

    private void keep(ChatResponse r, String question, String channel) {
        var cited = r.citations().isEmpty() ? null : r.citations().get(0);
        try {
            conversations.record(new Turn(r.messageId(), r.sessionId(), channel, question, r.answer(), r.abstained(),
                    cited == null ? null : cited.source(), cited == null ? null : cited.sentence(), Instant.now()));
        } catch (RuntimeException e) {
            LOG.error("could not store the turn {} of session {}: {}", r.messageId(), r.sessionId(), e.toString());
        }
    }
}
