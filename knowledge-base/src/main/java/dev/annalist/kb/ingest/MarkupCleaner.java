package dev.annalist.kb.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out HTML and Markdown markup without moving any character: the result has the original's
 * length, so sentence and entity offsets found in it are offsets into the original file. Block-level
 * tags become line breaks so paragraphs stay apart.
 */
public final class MarkupCleaner {
    private static final Pattern HTML_HIDDEN = Pattern.compile(
            "(?is)<(script|style|head|noscript|template)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)?[^>]*>");
    private static final Pattern HTML_ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern BLOCK_TAGS = Pattern.compile(
            "p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|blockquote|pre|hr|title|header|footer|main|dd|dt");
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^ {0,3}(#{1,6})[ \\t]");
    private static final Pattern MD_LIST = Pattern.compile("(?m)^ {0,3}([*+-]|>)[ \\t]");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+)(?=\\S)(.+?)(?<=\\S)\\1");

    public enum Format { TEXT, MARKDOWN, HTML;
        public static Format ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                return HTML;
            }
            return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : TEXT;
        }
    }

    public String clean(String original, Format format) {
        return switch (format) {
            case TEXT -> original;
            case MARKDOWN -> cleanMarkdown(original);
            case HTML -> cleanHtml(original);
        };
    }

    private static String cleanHtml(String original) {
        char[] out = original.toCharArray();
        blank(out, HTML_HIDDEN.matcher(original), 0);
        Matcher tag = HTML_TAG.matcher(original);
        while (tag.find()) {
            if (out[tag.start()] != '<') {
                continue; // inside a hidden block already blanked
            }
            String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase(Locale.ROOT);
            blankRange(out, tag.start(), tag.end());
            if (BLOCK_TAGS.matcher(name).matches()) {
                out[tag.start()] = '\n';
                out[tag.end() - 1] = '\n';
            }
        }
        Matcher entity = HTML_ENTITY.matcher(original);
        while (entity.find()) {
            if (out[entity.start()] == '&') {
                blankRange(out, entity.start(), entity.end());
                out[entity.start()] = decodeEntity(entity.group(1));
            }
        }
        return new String(out);
    }

    private static String cleanMarkdown(String original) {
        char[] out = original.toCharArray();
        blank(out, MD_HEADING.matcher(original), 1);
        blank(out, MD_LIST.matcher(original), 1);
        Matcher link = MD_LINK.matcher(original);
        while (link.find()) {
            blankRange(out, link.start(), link.start(1));
            blankRange(out, link.end(1), link.end());
        }
        Matcher emphasis = MD_EMPHASIS.matcher(original);
        while (emphasis.find()) {
            blankRange(out, emphasis.start(1), emphasis.end(1));
            blankRange(out, emphasis.end(2), emphasis.end());
        }
        return new String(out);
    }

    private static void blank(char[] out, Matcher matcher, int group) {
        while (matcher.find()) {
            blankRange(out, matcher.start(group), matcher.end(group));
        }
    }

    /** Replaces a range with spaces, keeping line breaks so line structure stays. */
    private static void blankRange(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }

    private static char decodeEntity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return (char) Integer.parseInt(name.substring(2), 16);
            }
            if (name.startsWith("#")) {
                return (char) Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            return ' ';
        }
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos", "rsquo", "lsquo" -> '\'';
            case "nbsp" -> ' ';
            case "ndash", "mdash" -> '-';
            default -> ' ';
        };
    }
}
