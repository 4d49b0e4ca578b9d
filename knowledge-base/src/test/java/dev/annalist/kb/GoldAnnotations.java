package dev.annalist.kb;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-made gold annotations of an account: the account's text with {@code [[TYPE|words]]} around
 * each entity and {@code [[DATE=iso|words]]} around each date. Removing the markup gives the account
 * back exactly, so every gold span is an offset into the real text.
 */
public record GoldAnnotations(String text, List<Entry> entries) {
    public record Entry(EntityType type, Span span, String text, String iso) {}

    private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z]+)(?:=([^|]*))?\\|([^\\]]*)\\]\\]");

    public static GoldAnnotations load(String resource) throws IOException {
        try (InputStream in = GoldAnnotations.class.getResourceAsStream(resource)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public static GoldAnnotations parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<Entry> entries = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(3));
            entries.add(new Entry(EntityType.parse(m.group(1)), new Span(start, text.length()), m.group(3), m.group(2)));
            last = m.end();
        }
        text.append(marked.substring(last));
        return new GoldAnnotations(text.toString(), entries);
    }

    public List<Entry> ofType(EntityType type) {
        return entries.stream().filter(e -> e.type() == type).toList();
    }
}
