package dev.annalist.bot.chat;

import dev.annalist.bot.web.ApiErrors;
import dev.annalist.bot.web.ServiceUnavailableException;
import dev.annalist.kb.store.StoreUnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/chat/stream}: the chat answer as server-sent events. {@code progress} events say what is
 * happening, {@code token} events carry the answer text piece by piece, and a final {@code answer} event
 * carries the same JSON as {@code POST /api/chat}. A failure after the stream opened arrives as an
 * {@code error} event; a bad message is refused with a 400 before it opens.
 */
@RestController
public class ChatStreamController {
    private static final Logger LOG = LoggerFactory.getLogger(ChatStreamController.class);
    private static final long TIMEOUT_MS = 60_000;
    private static final Pattern PIECE = Pattern.compile("\\S+\\s*");

    private final ChatService chat;
    private final Executor executor;

    public ChatStreamController(ChatService chat, @Qualifier("chatStreamExecutor") Executor executor) {
        this.chat = chat;
        this.executor = executor;
    }

    @Operation(summary = "Answer a question as server-sent events",
            description = "Events: progress {stage, message}, token {text} (the answer piece by piece), answer (the "
                    + "POST /api/chat response), error {error}.")
    @GetMapping(path = "/api/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestParam(required = false) String message,
                             @RequestParam(required = false) String sessionId) {
        String text = ChatService.validMessage(message);
        String session = ChatService.validSession(sessionId);
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        try {
            executor.execute(() -> answer(emitter, text, session));
        } catch (RejectedExecutionException busy) {
            throw new ServiceUnavailableException("the bot is busy; please try again in a moment");
        }
        return emitter;
    }

    private void answer(SseEmitter emitter, String text, String session) {
        try {
            send(emitter, "progress", Map.of("stage", "searching", "message", "Searching the account"));
            ChatResponse response = chat.ask(text, session, "web");
            send(emitter, "progress", Map.of("stage", "answering", "message", "Writing the answer"));
            Matcher piece = PIECE.matcher(response.answer());
            while (piece.find()) {
                send(emitter, "token", Map.of("text", piece.group()));
            }
            send(emitter, "answer", response);
            emitter.complete();
        } catch (ClientGone gone) {
            LOG.debug("stream client went away: {}", gone.getMessage());
        } catch (StoreUnavailableException e) {
            LOG.warn("knowledge store unavailable: {}", e.getMessage());
            tell(emitter, ApiErrors.KNOWLEDGE_UNAVAILABLE);
        } catch (RuntimeException | Error e) {
            // An Error too: otherwise the stream would hang open until its timeout with no word to the user.
            LOG.error("streamed answer failed", e);
            tell(emitter, "something went wrong while answering; please try again");
        }
    }

    /** The failure as the stream's last event, {@code error {error}}. */
    private static void tell(SseEmitter emitter, String message) {
        try {
            send(emitter, "error", Map.of("error", message));
            emitter.complete();
        } catch (ClientGone ignored) {
            // nobody left to tell
        }
    }

    private static void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            throw new ClientGone(e);
        }
    }

    /** The browser closed the stream; not an error of ours. */
    private static final class ClientGone extends RuntimeException {
        ClientGone(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
