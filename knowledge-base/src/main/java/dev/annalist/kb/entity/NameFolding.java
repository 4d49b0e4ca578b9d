package dev.annalist.kb.entity;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds names so that spellings of one name meet: diacritics ("Günther" and "Gunther"), mojibake
 * (Latin-1 "ü" read as Mac Central European "Ł"), possessives ("Konev's"), and common
 * transliterations of Russian ("Oryol" and "Orel", "Aksai" and "Axai").
 */
public final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1");
    /** Pairs of charsets whose confusion produces mojibake in single-byte text. */
    private static final List<Charset[]> CONFUSIONS = List.of(
            new Charset[] {Charset.forName("x-MacCentralEurope"), StandardCharsets.ISO_8859_1},
            new Charset[] {Charset.forName("x-MacRoman"), StandardCharsets.ISO_8859_1},
            new Charset[] {Charset.forName("IBM852"), StandardCharsets.ISO_8859_1},
            new Charset[] {Charset.forName("IBM437"), StandardCharsets.ISO_8859_1});

    private NameFolding() {}

    /** Lower case, no diacritics, no possessive, no punctuation, single spaces. */
    public static String fold(String name) {
        String text = name.strip().replace('’', '\'');
        text = POSSESSIVE.matcher(text).replaceAll("");
        if (!isAscii(text)) { // folding runs on every phrase of every question; most are plain ASCII
            text = Normalizer.normalize(text, Normalizer.Form.NFD);
            text = MARKS.matcher(text).replaceAll("");
        }
        text = text.toLowerCase(Locale.ROOT)
                .replace("ł", "l").replace("ø", "o").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("đ", "d").replace("ı", "i").replace('-', ' ');
        return SPACES.matcher(NOT_WORD.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** A key that also ignores transliteration differences. Two names with one key are one name. */
    public static String key(String name) {
        return transliterate(fold(name));
    }

    /** The keys of every plausible reading of the name, mojibake repairs included. */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(name));
        if (name.chars().anyMatch(c -> c > 127)) {
            for (Charset[] pair : CONFUSIONS) {
                String repaired = repair(name, pair[0], pair[1]);
                if (repaired != null) {
                    keys.add(key(repaired));
                }
            }
        }
        return keys;
    }

    /** Re-reads non-ASCII letters as if {@code wrong} had been used to decode {@code right} bytes. */
    private static String repair(String name, Charset wrong, Charset right) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                out.append(c);
                continue;
            }
            byte[] bytes = String.valueOf(c).getBytes(wrong);
            if (bytes.length != 1 || !new String(bytes, wrong).equals(String.valueOf(c))) {
                return null;
            }
            out.append(new String(bytes, right));
        }
        return out.toString();
    }

    private static String transliterate(String folded) {
        return folded
                .replace("yo", "e").replace("jo", "e").replace("ye", "e").replace("je", "e")
                .replace("iy", "i").replace("yi", "i").replace("ij", "i").replace('y', 'i').replace('j', 'i')
                .replace("kh", "h").replace("ks", "x").replace("ck", "k").replace("ts", "c").replace("tz", "c")
                .replace("w", "v").replace("ph", "f")
                .transform(t -> DOUBLED.matcher(t).replaceAll("$1"));
    }
}
