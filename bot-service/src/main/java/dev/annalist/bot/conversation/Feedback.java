package dev.annalist.bot.conversation;

import java.time.Instant;

/** A user's thumbs up or down on one answer, with an optional comment. */
public record Feedback(String messageId, Rating rating, String comment, Instant createdAt) {
    public enum Rating {
        UP, DOWN;

        /** "up" or "down" in any case; empty when it is neither. */
        public static java.util.Optional<Rating> parse(String text) {
            if (text == null) {
                return java.util.Optional.empty();
            }
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "up" -> java.util.Optional.of(UP);
                case "down" -> java.util.Optional.of(DOWN);
                default -> java.util.Optional.empty();
            };
        }
    }
}
