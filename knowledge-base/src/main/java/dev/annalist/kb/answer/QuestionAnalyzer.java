package dev.annalist.kb.answer;

import dev.annalist.kb.entity.EntityLexicon;
import dev.annalist.kb.entity.Levenshtein;
import dev.annalist.kb.entity.NameFolding;
import dev.annalist.kb.nlp.NlpModels;
import dev.annalist.kb.nlp.Span;
import dev.annalist.kb.nlp.Token;
import dev.annalist.kb.nlp.TokenAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question: the wh-word and the answer type it expects (from general English question
 * forms: "who", "when", "how far", "which towns"...), the entities it names (through the
 * {@link EntityLexicon}), formation names it uses that the knowledge base lacks, and its content stems.
 */
public final class QuestionAnalyzer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-/]*");
    private static final Pattern WH = Pattern.compile("\\b(who|whom|whose|when|where|which|what|how|why)\\b");
    private static final String PLACE_NOUNS = "town|towns|village|villages|city|cities|place|places|river|rivers"
            + "|settlement|settlements|station|junction|area|locality|point|points|direction";
    private static final String UNIT_NOUNS = "army|armies|division|divisions|corps|unit|units|formation|formations|front"
            + "|fronts|regiment|regiments|brigade|brigades|group|groups|panzerdivision|panzerarmee|battalion|battalions";
    private static final Pattern UNIT_NAME = Pattern.compile(
            "\\b(?:\\d+(?:st|nd|rd|th)?|[ivxlc]+)\\s+(?:[a-z]+\\s+){0,2}(?:army|division|corps|front|brigade|regiment|panzerdivision|panzerarmee)\\b");

    private static final Pattern KIND = Pattern.compile("\\b(?:which|what|whose) (?:[\\w-]+ ){0,2}?(army|division|corps|front"
            + "|regiment|brigade|battalion|panzerdivision|panzerarmee|town|village|city|river|junction|station|direction)(?:s|es)?\\b");
    private final EntityLexicon lexicon;
    private final Set<String> corpusWords;
    private final TokenAnalyzer tokens;

    /** {@code corpusWords}: every word of the accounts, folded and stemmed, to tell names the accounts never use. */
    public QuestionAnalyzer(EntityLexicon lexicon, Set<String> corpusWords) {
        this.lexicon = lexicon;
        this.corpusWords = Set.copyOf(corpusWords);
        this.tokens = new TokenAnalyzer(NlpModels.get());
    }

    public QuestionAnalysis analyze(String text) {
        String lower = fixKindNouns(fixWhWord(text.toLowerCase(Locale.ROOT).replace('’', '\'').strip()));
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(w.group().replaceAll("[.]$", ""));
        }
        List<EntityLexicon.Match> matches = lexicon.find(words);
        List<String> ids = matches.stream().map(EntityLexicon.Match::entityId).distinct().toList();
        List<Token> tagged = tokens.analyze(text, new Span(0, text.length()));
        Set<String> adjectives = new java.util.HashSet<>();
        tagged.stream().filter(t -> t.pos().equals("ADJ")).forEach(t -> adjectives.add(t.text().toLowerCase(Locale.ROOT)));
        Set<String> stems = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            int index = i;
            // "the German 31st Division": an adjective before a name belongs to the name, a sentence need not repeat it
            boolean beforeName = adjectives.contains(words.get(i).toLowerCase(Locale.ROOT))
                    && matches.stream().anyMatch(m -> m.from() == index + 1);
            if (matches.stream().noneMatch(m -> m.from() <= index && index < m.to()) && !questionForm(words, i) && !beforeName) {
                String stem = Stems.of(words.get(i));
                if (stem != null) {
                    stems.add(stem);
                }
            }
        }
        Set<String> verbs = new LinkedHashSet<>();
        for (Token token : tagged) {
            String stem = token.pos().equals("VERB") ? Stems.of(token.lemma()) : null;
            if (stem != null && stems.contains(stem)) {
                verbs.add(stem);
            }
        }
        if (verbs.isEmpty()) {
            stems.stream().filter(Stems::isKnownVerb).forEach(verbs::add);
        }
        Matcher wh = WH.matcher(lower);
        String whWord = wh.find() ? wh.group(1) : "";
        Matcher kind = KIND.matcher(lower);
        return new QuestionAnalysis(text, whWord, type(lower, whWord), isList(lower), ids, stems, verbs,
                kind.find() ? kind.group(1) : null, unknownNames(lower, words, matches));
    }

    private static final Set<String> MEASURE_WORDS = Set.of("far", "long", "wide", "deep", "big", "large", "soon", "often");

    private static final Set<String> WHERE_WORDS = Set.of("lie", "lies", "lay", "located", "situated", "relation", "relative");

    /**
     * "far" in "how far", "lie" and "relative" in "where does X lie relative to Y": they ask for the
     * answer's kind, a sentence need not repeat them.
     */
    /** "Where does X lie relative to Y?": a question about position, answered by a bearing. */
    static boolean asksRelativePosition(String question) {
        return java.util.Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(WHERE_WORDS::contains);
    }

    private static boolean questionForm(List<String> words, int i) {
        String word = words.get(i).toLowerCase(Locale.ROOT);
        return i > 0 && words.get(i - 1).equalsIgnoreCase("how") && MEASURE_WORDS.contains(word)
                || WHERE_WORDS.contains(word) && words.stream().anyMatch(w -> w.equalsIgnoreCase("where"));
    }

    private static final List<String> KIND_NOUNS = java.util.Arrays.stream((PLACE_NOUNS + "|" + UNIT_NOUNS).split("\\|"))
            .filter(n -> n.length() >= 5).toList();

    /** "near which vilage": a word the accounts never use, one letter from a kind of place or unit, is that kind. */
    private String fixKindNouns(String lower) {
        StringBuilder out = new StringBuilder();
        int sinceWh = Integer.MAX_VALUE; // words since "which/what/whose": a kind noun is expected just after one
        for (String word : lower.split(" ", -1)) {
            String fixed = word;
            String core = word.replaceAll("\\p{P}+$", "");
            sinceWh = core.equals("which") || core.equals("what") || core.equals("whose") ? 0
                    : sinceWh == Integer.MAX_VALUE ? sinceWh : sinceWh + 1;
            if (sinceWh >= 1 && sinceWh <= 3 && core.length() >= 5 && !KIND_NOUNS.contains(core) && !known(core)) {
                fixed = KIND_NOUNS.stream().filter(n -> Levenshtein.typo(n, core) == 1).findFirst()
                        .map(n -> n + word.substring(core.length())).orElse(word);
            }
            out.append(out.length() > 0 ? " " : "").append(fixed);
        }
        return out.toString();
    }

    private static final List<String> WH_WORDS = List.of("which", "when", "where", "what", "who", "whom", "whose", "how", "why");
    private static final Set<String> REAL_OPENERS = Set.of("were", "here", "there", "then", "what", "who", "how", "why",
            "when", "where", "which", "whom", "whose", "now", "wow", "hew", "whet");

    /** "wich army", "wen was": a misspelt first word one letter away from a wh-word is that wh-word. */
    static String fixWhWord(String lower) {
        int space = lower.indexOf(' ');
        String first = space < 0 ? lower : lower.substring(0, space);
        if (first.length() < 3 || REAL_OPENERS.contains(first)) {
            return lower;
        }
        for (String wh : WH_WORDS) {
            if (Levenshtein.typo(first, wh) == 1) {
                return wh + lower.substring(first.length());
            }
        }
        return lower;
    }

    private static final Pattern DISTANCE_ASKED = Pattern.compile("\\bhow (far|wide|deep|many (km|kilomet\\w*|miles|metres|meters|versts))\\b");
    private static final Pattern DISTANCE_NAMED = Pattern.compile("\\bwhat distance\\b");
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many\\b");
    private static final Pattern HOW_MUCH = Pattern.compile("\\bhow much\\b");
    /** "At what time of day": answered by a part of the day (dawn, night), a kind of date. */
    static final Pattern TIME_OF_DAY_ASKED = Pattern.compile("\\b(time of (the )?day|what hour|which part of the day)\\b");
    private static final Pattern DATE_ASKED = Pattern.compile("\\b(what date|which date|what day|which day|on what|by what date|by what time|until what|between which dates|what year|which year|(start|end|begin\\w*) (and end )?dates?)\\b");
    private static final Pattern ORDINAL_OF = Pattern.compile("\\b(which|what) of the\\b");
    private static final Pattern ORDINAL_ASKED = Pattern.compile("\\b(which|what) (number|position in|place in)\\b");
    private static final Pattern UNIT_ASKED = Pattern.compile("\\b(which|what|whose) ([\\w-]+ ){0,2}(" + UNIT_NOUNS + ")\\b");
    private static final Pattern WHO = Pattern.compile("\\bwho\\b");
    private static final Pattern PLACE_ASKED = Pattern.compile("\\b(which|what) ([\\w-]+ ){0,1}(" + PLACE_NOUNS + ")\\b");
    private static final Pattern PERSON_ASKED = Pattern.compile("\\bwhich (general|commander|officer|person)\\b");
    private static final Pattern LIST_ASKED = Pattern.compile("\\b(which|what) ([\\w-]+ ){0,2}(towns|villages|cities|places|armies|divisions|units|formations|points|settlements)\\b");
    private static final Pattern LIST_WORDS = Pattern.compile("\\b(list|name all|all the)\\b");

    private static AnswerType type(String q, String wh) {
        if (DISTANCE_ASKED.matcher(q).find()
                || DISTANCE_NAMED.matcher(q).find()) {
            return AnswerType.DISTANCE;
        }
        if (HOW_MANY.matcher(q).find() || HOW_MUCH.matcher(q).find()) {
            return AnswerType.NUMBER;
        }
        // "What was X doing when it met Y?": a "when" after another wh-word opens a clause, not the question.
        if (wh.equals("when") || DATE_ASKED.matcher(q).find() || TIME_OF_DAY_ASKED.matcher(q).find()) {
            return AnswerType.DATE;
        }
        if (ORDINAL_OF.matcher(q).find() || ORDINAL_ASKED.matcher(q).find()) {
            return AnswerType.ORDINAL;
        }
        if (UNIT_ASKED.matcher(q).find() && !WHO.matcher(q).find()) {
            return AnswerType.UNIT;
        }
        if (PLACE_ASKED.matcher(q).find() || wh.equals("where")) {
            return AnswerType.PLACE;
        }
        if (wh.equals("who") || wh.equals("whom") || PERSON_ASKED.matcher(q).find()) {
            return AnswerType.PERSON;
        }
        return AnswerType.DESCRIPTION;
    }

    private static boolean isList(String q) {
        return LIST_ASKED.matcher(q).find()
                || LIST_WORDS.matcher(q).find();
    }

    /** Every part of the word ("German-occupied": German, occupied) occurs in the accounts, as written or stemmed. */
    private boolean known(String word) {
        for (String part : NameFolding.fold(word).split(" ")) {
            String stem = Stems.of(part);
            if (!corpusWords.contains(part) && (stem == null || !corpusWords.contains(stem))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names the question uses that the accounts never do: formation names ("the Soviet 3rd Army")
     * matching no entity, and capitalised words (not the first) that no account contains ("Smolensk").
     */
    private List<String> unknownNames(String lower, List<String> words, List<EntityLexicon.Match> matches) {
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            int index = i;
            String word = words.get(i);
            boolean matched = matches.stream().anyMatch(m -> m.from() <= index && index < m.to());
            if (!matched && word.length() >= 4 && Character.isUpperCase(word.charAt(0))
                    && !known(word)) {
                unknown.add(word);
            }
        }
        Matcher m = UNIT_NAME.matcher(lower);
        while (m.find()) {
            String phrase = m.group();
            String firstWord = phrase.split("\\s+")[0];
            boolean covered = false;
            for (EntityLexicon.Match match : matches) {
                String matched = String.join(" ", words.subList(match.from(), match.to())).toLowerCase(Locale.ROOT);
                if (matched.contains(firstWord)) {
                    covered = true;
                }
            }
            if (!covered) {
                unknown.add(phrase);
            }
        }
        return unknown;
    }
}
