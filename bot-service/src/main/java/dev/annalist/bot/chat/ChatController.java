package dev.annalist.bot.chat;

import dev.annalist.bot.web.BadRequestException;
import dev.annalist.kb.answer.Answerer;
import dev.annalist.kb.answer.Question;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/chat}: a question in, the answer with its citation out; follow-ups by session id. */
@RestController
public class ChatController {
    static final int MAX_MESSAGE = 1000;
    private final Answerer answerer;

    public ChatController(Answerer answerer) {
        this.answerer = answerer;
    }

    @PostMapping("/api/chat")
    public ChatResponse chat(@RequestBody(required = false) ChatRequest request) {
        String message = request == null || request.message() == null ? "" : request.message().strip();
        if (message.isEmpty()) {
            throw new BadRequestException("the message is empty; send {\"message\": \"your question\"}");
        }
        if (message.length() > MAX_MESSAGE) {
            throw new BadRequestException("the message is " + message.length() + " characters; the limit is " + MAX_MESSAGE);
        }
        String session = request.sessionId() == null || request.sessionId().isBlank()
                ? UUID.randomUUID().toString() : request.sessionId().strip();
        if (session.length() > 100) {
            throw new BadRequestException("the sessionId is longer than 100 characters");
        }
        return ChatResponse.of(answerer.answer(new Question(message, session)), session, UUID.randomUUID().toString());
    }
}
