package dev.annalist.bot.chat;

import dev.annalist.kb.answer.Answer;
import dev.annalist.kb.answer.Citation;
import java.util.List;

/** The answer as the chat API returns it, with the session to send back for follow-ups. */
public record ChatResponse(String answer, boolean abstained, double confidence, String value,
                           List<CitationView> citations, List<String> entities, String sessionId, String messageId) {

    /** A cited sentence: its account, text and character span in the account. */
    public record CitationView(String source, String sentence, int start, int end) {}

    static ChatResponse of(Answer a, String sessionId, String messageId) {
        return new ChatResponse(a.text(), a.abstained(), a.confidence(), a.value(),
                a.citations().stream().map(ChatResponse::view).toList(), a.entities(), sessionId, messageId);
    }

    private static CitationView view(Citation c) {
        return new CitationView(c.source(), c.text(), c.start(), c.end());
    }
}
