package dev.annalist.kb.answer;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.quantity.Distance;
import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.store.TypedSpan;
import dev.annalist.kb.time.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidate answers of the expected type in one sentence: names (or lists of names, see
 * {@link ListRuns}), dates or times of day, distances, counts of the thing asked about, ordinals,
 * or for a description the clause the question asks for (see {@link ClauseExtractor}).
 */
final class CandidateFinder {
    private static final Pattern HOW_MANY = Pattern.compile(
            "how many ((?:[\\p{L}-]+ ){0,3}?)([\\p{L}-]+)(?= (?:did|do|does|were|was|are|is|had|have|made|took|fought|in|of)\\b|\\?|$)");
    private static final Pattern AFTER_NUMBER = Pattern.compile(
            "^\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)(?=\\s+(?:of|and|or|in|with|together|to|that|which|were|was)\\b|\\s*[,;.)]|$)");
    private static final Pattern COUNTED_NOUN = Pattern.compile("how many ([\\p{L}-]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");
    private static final ListRuns LISTS = new ListRuns();
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.()]| which | while | but | where ");

    List<Candidate> find(QuestionAnalysis q, SentenceRecord s, AnswerContext ctx) {
        return switch (q.type()) {
            case PERSON, UNIT, PLACE -> q.list() ? LISTS.find(q, s, ctx) : names(q, s, ctx);
            case DATE -> QuestionAnalyzer.TIME_OF_DAY_ASKED.matcher(q.text().toLowerCase(Locale.ROOT)).find() ? timesOfDay(s, ctx) : dates(s);
            case DISTANCE -> distances(q, s);
            case NUMBER -> numbers(q, s, ctx);
            case ORDINAL -> spans(s, EntityType.ORDINAL).stream().map(t -> of(t, s)).toList();
            case DESCRIPTION -> description(q, s, ctx);
        };
    }

    private static List<TypedSpan> spans(SentenceRecord s, EntityType type) {
        return s.spans().stream().filter(t -> t.type() == type).toList();
    }

    private static Candidate of(TypedSpan t, SentenceRecord s) {
        return new Candidate(t.text(), null, s, t.span().start(), t.span().end(),
                t.entityId() == null ? List.of() : List.of(t.entityId()));
    }

    private static List<Candidate> names(QuestionAnalysis q, SentenceRecord s, AnswerContext ctx) {
        List<Candidate> out = new ArrayList<>(spans(s, q.type().entityType()).stream()
                .filter(t -> t.entityId() == null || !q.entityIds().contains(t.entityId()))
                .map(t -> of(t, s)).toList());
        // "Where does X lie relative to Y?": a bearing ("to the south of Y"), not another place.
        boolean relativePlace = q.whWord().equals("where") && QuestionAnalyzer.asksRelativePosition(q.text())
                && FactAnswerer.idsOfType(q, ctx, EntityType.LOCATION).size() >= 2;
        List<Candidate> bearings = relativePlace ? compassPoints(s, ctx) : List.of();
        if (!bearings.isEmpty()) {
            return bearings;
        }
        if ("direction".equals(q.kindNoun())) {
            out.addAll(compassPoints(s, ctx));
        }
        return out;
    }

    private static final Pattern COMPASS = Pattern.compile(
            "(?i)\\b(?:north|south)(?:[- ](?:east|west))?\\b|\\b(?:east|west)(?:wards?)?\\b");

    /** "In which direction?": "west", "south-west" are answers as much as a town is. */
    private static List<Candidate> compassPoints(SentenceRecord s, AnswerContext ctx) {
        return wordsMatching(COMPASS, s, ctx);
    }

    /** Every stretch of the sentence the pattern matches, as a candidate. */
    private static List<Candidate> wordsMatching(Pattern pattern, SentenceRecord s, AnswerContext ctx) {
        String text = ctx.words(s.source(), s.span().start(), s.span().end());
        List<Candidate> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = s.span().start() + m.start();
            out.add(new Candidate(m.group(), null, s, start, start + m.group().length(), List.of()));
        }
        return out;
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?i)\\b(dawn|daybreak|sunrise|morning|noon|midday|afternoon|evening|dusk|sunset|night|midnight)\\b");

    /** "At what time of day?": "dawn", "night", not the date beside it. */
    private static List<Candidate> timesOfDay(SentenceRecord s, AnswerContext ctx) {
        return wordsMatching(TIME_OF_DAY, s, ctx);
    }

    private static List<Candidate> dates(SentenceRecord s) {
        return s.dates().stream().filter(DateMention::isResolved)
                .map(d -> new Candidate(DateText.of(d), d.iso(), s, d.span().start(), d.span().end(), List.of())).toList();
    }

    /** The text's km figure, or its miles when the question asks in miles. */
    private static List<Candidate> distances(QuestionAnalysis q, SentenceRecord s) {
        boolean miles = q.text().toLowerCase(Locale.ROOT).contains("mile");
        List<Candidate> out = new ArrayList<>();
        for (Distance d : s.distances()) {
            String surface = d.surface();
            int bracket = surface.indexOf('(');
            String text;
            if (bracket < 0) {
                text = surface;
            } else if (miles) {
                text = surface.substring(0, bracket).strip();
            } else {
                String inner = surface.substring(bracket + 1).replaceAll("[,)\\s]+$", "").strip();
                text = surface.toLowerCase(Locale.ROOT).startsWith("between") ? "between " + inner : inner;
            }
            out.add(new Candidate(text, d.normalised(), s, d.span().start(), d.span().end(), List.of()));
        }
        return out;
    }

    /** Numbers followed by the thing the question counts ("how many batteries" -> "two batteries"). */
    private static List<Candidate> numbers(QuestionAnalysis q, SentenceRecord s, AnswerContext ctx) {
        Matcher counted = HOW_MANY.matcher(q.text().toLowerCase(Locale.ROOT));
        String noun = counted.find() ? Stems.of(counted.group(2)) : firstCounted(q.text());
        List<Candidate> out = new ArrayList<>();
        for (TypedSpan t : spans(s, EntityType.NUMBER)) {
            String after = ctx.words(s.source(), t.span().end(), Math.min(s.span().end(), t.span().end() + 60));
            Matcher phrase = AFTER_NUMBER.matcher(after);
            if (noun != null) {
                if (!phrase.find()) {
                    continue;
                }
                String[] words = phrase.group(1).strip().split("\\s+");
                String head = Stems.of(words[words.length - 1]);
                if (head == null || !Stems.match(head, noun)) {
                    continue;
                }
            }
            out.add(of(t, s));
        }
        return out;
    }

    /** "how many aircraft supported ...": without an auxiliary to stop at, the word after "how many". */
    private static String firstCounted(String question) {
        Matcher m = COUNTED_NOUN.matcher(question.toLowerCase(Locale.ROOT));
        return m.find() ? Stems.of(m.group(1)) : null;
    }

    /**
     * The clause the question's form asks for (its object, subject, a noun's qualifier...), or
     * failing that the words after the last question word the sentence repeats.
     */
    private static List<Candidate> description(QuestionAnalysis q, SentenceRecord s, AnswerContext ctx) {
        DescriptionAsk ask = ctx.ask(q.text());
        List<Candidate> cut = ask.kind() == DescriptionAsk.Kind.REST ? List.of() : CLAUSES.find(ask, q, ctx.clauseSentence(s));
        return !cut.isEmpty() ? cut
                : afterLastQuestionWord(q, s, ctx).stream().filter(c -> !repeatsTheQuestion(q, c, ctx)).toList();
    }

    /** Most of the candidate's words are the question's own words or names: it tells nothing new. */
    static boolean repeatsTheQuestion(QuestionAnalysis q, Candidate c, AnswerContext ctx) {
        java.util.Set<String> asked = new java.util.HashSet<>(q.contentStems());
        q.entityIds().forEach(id -> asked.addAll(Stems.ofText(ctx.name(id))));
        java.util.Set<String> said = Stems.ofText(c.text());
        long repeated = said.stream().filter(asked::contains).count();
        return !said.isEmpty() && 2 * repeated > said.size();
    }

    private static final ClauseExtractor CLAUSES = new ClauseExtractor();

    /** The words after the last question word the sentence repeats, up to the end of that clause. */
    private static List<Candidate> afterLastQuestionWord(QuestionAnalysis q, SentenceRecord s, AnswerContext ctx) {
        String text = ctx.words(s.source(), s.span().start(), s.span().end());
        int lastEnd = -1;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String stem = Stems.of(word.group());
            if (stem != null && q.contentStems().stream().anyMatch(qs -> Stems.match(qs, stem))) {
                lastEnd = word.end();
            }
        }
        if (lastEnd < 0 || lastEnd >= text.length()) {
            return List.of();
        }
        String rest = text.substring(lastEnd);
        Matcher end = CLAUSE_END.matcher(rest);
        int stop = end.find() && end.start() > 0 ? end.start() : rest.length();
        String clause = rest.substring(0, stop).strip();
        // "What had the Germans turned the station into?": the answer starts after the "into" it repeats.
        Matcher lastWord = LAST_WORD.matcher(q.text());
        if (lastWord.find() && clause.toLowerCase(Locale.ROOT).startsWith(lastWord.group(1).toLowerCase(Locale.ROOT) + " ")) {
            clause = clause.substring(lastWord.group(1).length()).strip();
        }
        if (clause.isEmpty()) {
            return List.of();
        }
        int start = s.span().start() + lastEnd + rest.indexOf(clause);
        return List.of(new Candidate(clause, null, s, start, start + clause.length(), List.of()));
    }
}
