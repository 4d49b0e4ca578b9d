package dev.annalist.kb.answer;

import dev.annalist.kb.ingest.MarkupCleaner;
import java.util.regex.Pattern;

/**
 * The words of a question as a user typed them into a page or a chat: HTML tags, scripts and entities
 * are markup, not words, so "&lt;b&gt;When&lt;/b&gt; was ..." is read as "When was ...". Text without
 * a tag is left as it is ("a < b" stays).
 */
final class QuestionText {
    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("<[A-Za-z/!]|&#?\\w+;");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final MarkupCleaner CLEANER = new MarkupCleaner();

    private QuestionText() {
    }

    static String plain(String raw) {
        if (raw == null) {
            return "";
        }
        String text = LOOKS_LIKE_MARKUP.matcher(raw).find() ? CLEANER.clean(raw, MarkupCleaner.Format.HTML) : raw;
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
