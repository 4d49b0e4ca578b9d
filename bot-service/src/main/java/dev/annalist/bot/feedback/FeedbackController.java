package dev.annalist.bot.feedback;

import dev.annalist.bot.conversation.ConversationStore;
import dev.annalist.bot.conversation.Feedback;
import dev.annalist.bot.web.BadRequestException;
import dev.annalist.bot.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/feedback}: thumbs up or down on an answer, stored with the turn it rates. */
@RestController
public class FeedbackController {
    static final int MAX_COMMENT = 1000;
    private final ConversationStore conversations;

    public FeedbackController(ConversationStore conversations) {
        this.conversations = conversations;
    }

    @Operation(summary = "Rate an answer", description = "A second rating of the same answer replaces the first.")
    @PostMapping("/api/feedback")
    public Map<String, String> rate(@RequestBody(required = false) FeedbackRequest request) {
        if (request == null || request.messageId() == null || request.messageId().isBlank()) {
            throw new BadRequestException("send {\"messageId\": \"...\", \"rating\": \"up\" or \"down\", \"comment\": \"...\"}");
        }
        Feedback.Rating rating = Feedback.Rating.parse(request.rating())
                .orElseThrow(() -> new BadRequestException("rating must be \"up\" or \"down\""));
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new BadRequestException("the comment is " + comment.length() + " characters; the limit is " + MAX_COMMENT);
        }
        if (!conversations.rate(new Feedback(request.messageId().strip(), rating, comment, Instant.now()))) {
            throw new NotFoundException("no answer has the messageId " + request.messageId().strip());
        }
        return Map.of("messageId", request.messageId().strip(), "rating", rating.name().toLowerCase(java.util.Locale.ROOT));
    }
}
