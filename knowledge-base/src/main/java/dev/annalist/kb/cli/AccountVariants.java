package dev.annalist.kb.cli;

import dev.annalist.kb.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates N distinct accounts from one for the scale benchmark: variant i renames every
 * capitalised word of five or more letters by appending a suffix derived from i, and shifts the
 * day of every "D Month" date, so names, vocabulary and dates differ across the corpus.
 */
final class AccountVariants {
    private static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}{4,})\\b");
    private static final Pattern DAY = Pattern.compile("\\b([12]?\\d) (January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final String[] SYLLABLES = {"ka", "lo", "vi", "mir", "sk", "ovo", "ets", "an", "ino", "ich"};

    private final SourceDocument base;

    AccountVariants(SourceDocument base) {
        this.base = base;
    }

    List<SourceDocument> generate(int count) {
        List<SourceDocument> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = vary(base.original(), i);
            out.add(SourceDocument.plain("variant-" + i + ".txt", text));
        }
        return out;
    }

    private static String vary(String text, int i) {
        if (i == 0) {
            return text;
        }
        String suffix = suffix(i);
        Random random = new Random(i);
        Matcher names = NAME.matcher(text);
        StringBuilder renamed = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(renamed, Matcher.quoteReplacement(names.group(1) + suffix));
        }
        names.appendTail(renamed);
        Matcher days = DAY.matcher(renamed);
        StringBuilder shifted = new StringBuilder();
        while (days.find()) {
            int day = 1 + Math.floorMod(Integer.parseInt(days.group(1)) + random.nextInt(5) - 2 - 1, 28);
            days.appendReplacement(shifted, day + " " + days.group(2));
        }
        days.appendTail(shifted);
        return shifted.toString();
    }

    private static String suffix(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = i; n > 0; n /= SYLLABLES.length) {
            s.append(SYLLABLES[n % SYLLABLES.length]);
        }
        return s.toString();
    }
}
