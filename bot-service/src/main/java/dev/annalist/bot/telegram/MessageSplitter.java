package dev.annalist.bot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts an HTML message into parts Telegram accepts (at most 4,096 characters each). It cuts at a
 * paragraph, then a line, then a sentence, then a space, and only as a last resort mid-word; never
 * inside a tag or an entity. Tags open at a cut are closed there and reopened in the next part, so
 * each part is valid HTML on its own.
 */
public final class MessageSplitter {
    public static final int TELEGRAM_LIMIT = 4096;
    private final int limit;

    public MessageSplitter() {
        this(TELEGRAM_LIMIT);
    }

    public MessageSplitter(int limit) {
        if (limit < 64) {
            throw new IllegalArgumentException("a limit under 64 characters leaves no room for reopened tags");
        }
        this.limit = limit;
    }

    public List<String> split(String html) {
        List<String> parts = new ArrayList<>();
        String rest = html == null ? "" : html.strip();
        String reopen = "";
        while (!rest.isEmpty()) {
            String candidate = reopen + rest;
            if (candidate.length() <= limit) {
                parts.add(candidate);
                break;
            }
            // Room left for the text once the closing tags of whatever stays open are added.
            int budget = limit - reopen.length();
            int cut = cutPoint(rest, budget, reopen);
            String head = rest.substring(0, cut);
            Deque<String> open = openTags(reopen + head);
            parts.add((reopen + head).stripTrailing() + closing(open));
            reopen = opening(open);
            rest = rest.substring(cut).stripLeading();
        }
        return parts;
    }

    /** The best cut at or before budget, shrunk until the part with its closing tags fits. */
    private int cutPoint(String text, int budget, String reopen) {
        int max = Math.min(budget, text.length());
        while (true) {
            int cut = bestBoundary(text, max);
            String part = reopen + text.substring(0, cut);
            if (part.stripTrailing().length() + closing(openTags(part)).length() <= limit || cut <= 1) {
                return Math.max(1, cut);
            }
            max = cut - 1;
        }
    }

    private static int bestBoundary(String text, int max) {
        int floor = max / 2; // a boundary in the first half would leave a part too short to be worth it
        for (String sep : new String[] {"\n\n", "\n", ". ", "? ", "! ", "; ", " "}) {
            int at = text.lastIndexOf(sep, max - sep.length());
            if (at >= floor) {
                int cut = at + sep.length();
                if (safe(text, cut)) {
                    return cut;
                }
            }
        }
        int cut = max;
        while (cut > 1 && !safe(text, cut)) {
            cut--;
        }
        return cut;
    }

    /** False when the cut would fall inside a tag, an entity or a surrogate pair. */
    static boolean safe(String text, int cut) {
        if (cut <= 0 || cut >= text.length()) {
            return true;
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            return false;
        }
        int lt = text.lastIndexOf('<', cut - 1);
        if (lt >= 0 && text.indexOf('>', lt) >= cut) {
            return false;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0) {
            int semi = text.indexOf(';', amp);
            if (semi >= cut && semi - amp <= 10 && text.substring(amp + 1, semi).matches("#?[A-Za-z0-9]+")) {
                return false;
            }
        }
        return true;
    }

    /** Tags still open at the end of html, outermost first, each as written (attributes kept). */
    static Deque<String> openTags(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while ((i = html.indexOf('<', i)) >= 0) {
            int end = html.indexOf('>', i);
            if (end < 0) {
                break;
            }
            String tag = html.substring(i, end + 1);
            if (tag.startsWith("</")) {
                String name = name(tag.substring(2));
                // remove the innermost tag of that name
                var it = open.descendingIterator();
                while (it.hasNext()) {
                    if (name(it.next().substring(1)).equals(name)) {
                        it.remove();
                        break;
                    }
                }
            } else {
                open.addLast(tag);
            }
            i = end + 1;
        }
        return open;
    }

    private static String closing(Deque<String> open) {
        StringBuilder out = new StringBuilder();
        open.descendingIterator().forEachRemaining(tag -> out.append("</").append(name(tag.substring(1))).append('>'));
        return out.toString();
    }

    private static String opening(Deque<String> open) {
        return String.join("", open);
    }

    private static String name(String afterBracket) {
        int end = 0;
        while (end < afterBracket.length() && Character.isLetterOrDigit(afterBracket.charAt(end))) {
            end++;
        }
        return afterBracket.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }
}
