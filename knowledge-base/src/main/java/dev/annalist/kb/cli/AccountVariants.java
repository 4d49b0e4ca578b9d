package dev.annalist.kb.cli;

import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.nlp.Vocabulary;
import java.time.Month;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates N distinct accounts from one for the scale benchmark: variant i renames the proper
 * names (capitalised words of five or more letters that the text never writes in lower case and that
 * are not a month, rank, formation word, nationality or common sentence opener) by appending a suffix
 * derived from i, and shifts the day of every
 * "D Month" date, so the names and dates differ across the corpus while its shape stays.
 */
final class AccountVariants {
    private static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}{4,})\\b");
    private static final List<String> SENTENCE_OPENERS = List.of("Between", "Until", "Early", "Nevertheless",
            "Involving", "There", "These", "Which", "After", "Before", "During", "While", "Where", "Although", "Later");
    private static final Set<String> KEEP = keep();
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
            String word = names.group(1);
            boolean keep = KEEP.contains(word) || text.contains(" " + word.toLowerCase(Locale.ROOT) + " ");
            names.appendReplacement(renamed, Matcher.quoteReplacement(keep ? word : word + suffix));
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

    /** General vocabulary the pipeline relies on: months and the words of the rank, unit and nationality lists. */
    private static Set<String> keep() {
        Set<String> keep = new HashSet<>();
        for (Month month : Month.values()) {
            String name = month.name();
            keep.add(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
        }
        for (String list : List.of("ranks", "unit-words", "nationalities")) {
            Vocabulary.load("/dev/annalist/kb/nlp/" + list + ".txt").phrases()
                    .forEach(phrase -> keep.addAll(Arrays.asList(phrase.split(" "))));
        }
        keep.addAll(SENTENCE_OPENERS);
        return keep;
    }

    private static String suffix(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = i; n > 0; n /= SYLLABLES.length) {
            s.append(SYLLABLES[n % SYLLABLES.length]);
        }
        return s.toString();
    }
}
