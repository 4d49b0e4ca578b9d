package dev.annalist.kb.answer;

/** A question in plain words; {@code sessionId} ties follow-ups to earlier turns (null: no conversation). */
public record Question(String text, String sessionId) {
    public static Question of(String text) {
        return new Question(text, null);
    }
}
