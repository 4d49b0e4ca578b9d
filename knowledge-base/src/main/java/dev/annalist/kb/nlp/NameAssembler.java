package dev.annalist.kb.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds people and formations around the ranks and formation words the vocabulary finder marked:
 * "General Polkovnik Ivan S. Konev" gives the person "Ivan S. Konev"; "Army" after "29th" gives
 * the unit "29th Army"; "Heeresgruppe" before "'Nord'" gives "Heeresgruppe 'Nord'".
 */
public final class NameAssembler {
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)|\\d+");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "de", "den", "zu", "di", "da", "la", "le");
    private static final Set<String> LEADING_UNIT_WORDS = Set.of(
            "Heeresgruppe", "Armeeabteilung", "Panzergruppe", "Kampfgruppe", "Luftflotte", "Group");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "In", "On",
            "At", "By", "From", "To", "Of", "And", "But", "With", "For", "After", "Before", "When", "While", "As");

    private final Set<String> nationalities;

    public NameAssembler(Vocabulary nationalities) {
        this.nationalities = nationalities.asSet();
    }

    public static NameAssembler standard() {
        return new NameAssembler(Vocabulary.load("/dev/annalist/kb/nlp/nationalities.txt"));
    }

    /** People and units assembled from the RANK and UNIT_WORD helper mentions of a sentence. */
    public List<Mention> assemble(Sentence sentence, List<Mention> helpers) {
        List<Mention> out = new ArrayList<>();
        for (Mention helper : helpers) {
            if (helper.type() == EntityType.RANK) {
                person(sentence, helper.toToken()).ifPresent(out::add);
            } else if (helper.type() == EntityType.UNIT_WORD) {
                unit(sentence, helper).ifPresent(out::add);
            }
        }
        return out;
    }

    private java.util.Optional<Mention> person(Sentence sentence, int from) {
        List<Token> tokens = sentence.tokens();
        int end = from;
        int lastName = -1;
        while (end < tokens.size()) {
            String word = tokens.get(end).text();
            boolean name = isNameWord(word) || INITIAL.matcher(word).matches();
            if (name) {
                lastName = end;
            } else if (!PARTICLES.contains(word) || end == from) {
                break;
            }
            end++;
        }
        if (lastName < from || INITIAL.matcher(tokens.get(lastName).text()).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(mention(sentence, EntityType.PERSON, from, lastName + 1));
    }

    private java.util.Optional<Mention> unit(Sentence sentence, Mention word) {
        List<Token> tokens = sentence.tokens();
        if (LEADING_UNIT_WORDS.contains(tokens.get(word.fromToken()).text())) {
            int end = nameAfter(tokens, word.toToken());
            if (end > word.toToken()) {
                return java.util.Optional.of(mention(sentence, EntityType.UNIT, word.fromToken(), end));
            }
        }
        int start = word.fromToken();
        boolean designated = false;
        while (start > 0) {
            Token previous = tokens.get(start - 1);
            String text = previous.text();
            if (ORDINAL.matcher(text).matches() || ROMAN.matcher(text).matches()) {
                designated = true;
                start--;
                break; // a number or numeral opens a formation's name
            }
            boolean sentenceInitial = start - 1 == 0 && !"PROPN".equals(previous.pos());
            if (!isNameWord(text) || nationalities.contains(text) || NOT_NAMES.contains(text) || sentenceInitial) {
                break;
            }
            designated = true;
            start--;
        }
        if (!designated) {
            return java.util.Optional.empty();
        }
        int end = word.toToken();
        if (end < tokens.size() && LEADING_UNIT_WORDS.contains(tokens.get(word.fromToken()).text())) {
            end = Math.max(end, nameAfter(tokens, end));
        }
        return java.util.Optional.of(mention(sentence, EntityType.UNIT, start, end));
    }

    /** The end of a quoted or capitalised name right after {@code from}, or {@code from} if none. */
    private static int nameAfter(List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return from;
        }
        String first = tokens.get(from).text();
        if (isQuote(first) && from + 2 < tokens.size() && isNameWord(tokens.get(from + 1).text())) {
            int end = from + 1;
            while (end < tokens.size() && !isQuote(tokens.get(end).text())) {
                end++;
            }
            return end < tokens.size() && end - from <= 4 ? end + 1 : from;
        }
        return isNameWord(first) || first.matches("\\d+") ? from + 1 : from;
    }

    private static boolean isQuote(String text) {
        return text.equals("'") || text.equals("\"") || text.equals("‘") || text.equals("’")
                || text.equals("“") || text.equals("”");
    }

    static boolean isNameWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.chars().skip(1).anyMatch(Character::isLetter)
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }

    private static Mention mention(Sentence sentence, EntityType type, int from, int to) {
        Span chars = sentence.charSpan(from, to);
        String text = sentence.text().substring(chars.start() - sentence.span().start(), chars.end() - sentence.span().start());
        return new Mention(type, sentence.index(), from, to, chars, text, "rule");
    }
}
