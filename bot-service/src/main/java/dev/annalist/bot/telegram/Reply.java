package dev.annalist.bot.telegram;

import java.util.List;

/** One message to send: HTML text (everything from users or accounts escaped) and rows of inline buttons. */
public record Reply(String html, List<List<Button>> buttons) {
    public Reply {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    public static Reply of(String html) {
        return new Reply(html, List.of());
    }

    /** An inline button: the label shown and the data sent back when pressed (at most 64 bytes). */
    public record Button(String label, String data) {}
}
