package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into paragraphs at blank lines, then into sentences with the OpenNLP detector, and
 * joins the pieces the detector wrongly splits after an initial ("Ivan S. Konev") or an
 * abbreviation ("St. Petersburg").
 */
public final class SentenceSplitter {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile(
            "(?:^|[\\s(])(?:\\p{Lu}|St|Gen|Lt|Col|Maj|Capt|Mt|No|Dr|Mr|Mrs|Jr|Sr|Ft|vs|cf)\\.$");

    private final NlpModels models;

    public SentenceSplitter(NlpModels models) {
        this.models = models;
    }

    /** A sentence's character span and the paragraph it belongs to. */
    public record Piece(Span span, int paragraph) {}

    public List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        while (start < text.length()) {
            int end = breaks.find(start) ? breaks.start() : text.length();
            int next = end == text.length() ? end : breaks.end();
            if (!text.substring(start, end).isBlank()) {
                splitParagraph(text, start, end, paragraph++, pieces);
            }
            start = next;
        }
        return pieces;
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Piece> out) {
        String block = text.substring(from, to);
        Span pending = null;
        for (opennlp.tools.util.Span s : models.sentences.sentPosDetect(block)) {
            Span span = trim(text, from + s.getStart(), from + s.getEnd());
            if (span.length() == 0) {
                continue;
            }
            pending = pending == null ? span : new Span(pending.start(), span.end());
            if (!ENDS_WITH_INITIAL.matcher(pending.of(text)).find()) {
                out.add(new Piece(pending, paragraph));
                pending = null;
            }
        }
        if (pending != null) {
            out.add(new Piece(pending, paragraph));
        }
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
