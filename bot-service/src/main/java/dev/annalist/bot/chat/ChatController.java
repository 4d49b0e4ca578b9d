package dev.annalist.bot.chat;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/chat}: a question in, the answer with its citation out; follow-ups by session id. */
@RestController
public class ChatController {
    private final ChatService chat;

    public ChatController(ChatService chat) {
        this.chat = chat;
    }

    @Operation(summary = "Answer a question about the account",
            description = "Returns the short answer, its normalised value, the cited sentence and the session to send "
                    + "back for follow-up questions. Messages are plain text of 1 to 1,000 characters.")
    @PostMapping("/api/chat")
    public ChatResponse chat(@RequestBody(required = false) ChatRequest request) {
        return request == null ? chat.ask(null, null, "web") : chat.ask(request.message(), request.sessionId(), "web");
    }
}
