package dev.annalist.kb.answer;

import dev.annalist.kb.store.SentenceRecord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a candidate fits the question, beyond the sentence it stands in: where it stands among
 * the question's words, whether it follows the question's preposition, whether its own words say
 * what the question describes, and, for lists, whether it is one (of the length asked).
 */
final class CandidateFit {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern ACTIVE_OBJECT = Pattern.compile("^(which|what)\\b.*\\b(did|does|do)\\b");
    private static final Pattern AUXILIARY = Pattern.compile("\\b(did|does|do|was|were|is|are|had|has)\\b");

    private CandidateFit() {}

    /** What the candidate adds to its sentence's score. */
    static double score(QuestionAnalysis q, Candidate c, int index, AnswerContext ctx) {
        return 0.15 * placement(q, c, index, ctx) + 0.2 * samePreposition(q, c, ctx) + 0.2 * describedBy(q, c)
                + 0.2 * listFit(q, c);
    }

    /**
     * Where a candidate stands: for "which army liberated X" the subject (the first candidate) is
     * wanted; when the question has an auxiliary ("which army did the Soviets fight") the candidate
     * nearest the words the question repeats is.
     */
    static double placement(QuestionAnalysis q, Candidate c, int index, AnswerContext ctx) {
        boolean subjectQuestion = q.type() == AnswerType.UNIT
                && !AUXILIARY.matcher(q.text().toLowerCase(Locale.ROOT)).find();
        if (subjectQuestion) {
            return index == 0 ? 1 : 0;
        }
        SentenceRecord s = c.sentence();
        String text = ctx.words(s.source(), s.span().start(), s.span().end());
        Matcher word = WORD.matcher(text);
        int nearest = Integer.MAX_VALUE;
        Set<String> anchors = q.verbStems().isEmpty() ? q.contentStems() : q.verbStems();
        for (int at : QuestionDates.positions(q.text(), s)) {
            nearest = Math.min(nearest, at < c.start() ? c.start() - at : Math.max(0, at - c.end()));
        }
        // "Which town did the 49th Army liberate?": the answer is the verb's object, after it.
        boolean objectQuestion = ACTIVE_OBJECT.matcher(q.text().toLowerCase(Locale.ROOT)).find();
        while (word.find()) {
            String stem = Stems.of(word.group());
            if (stem != null && anchors.stream().anyMatch(qs -> Stems.match(qs, stem))) {
                int at = s.span().start() + word.start();
                int distance = at < c.start() ? c.start() - at : Math.max(0, at - c.end());
                boolean verbAfterCandidate = at >= c.end() && q.verbStems().contains(stem);
                nearest = Math.min(nearest, objectQuestion && verbAfterCandidate ? 3 * distance + 30 : distance);
            }
        }
        return nearest == Integer.MAX_VALUE ? 0 : 1.0 / (1 + nearest / 30.0);
    }

    private static final Pattern STATED_COUNT = Pattern.compile(
            "\\b(?:which|what)\\s+(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\\b");
    private static final List<String> COUNT_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /**
     * For a list question, a list beats a single name (0.5), and a list as long as the question
     * says ("what 3 towns") beats both (1).
     */
    static double listFit(QuestionAnalysis q, Candidate c) {
        if (!q.list() || ListRuns.excludes(q)) {
            return 0;
        }
        int items = Math.max(1, c.entities().size());
        Matcher count = STATED_COUNT.matcher(q.text().toLowerCase(Locale.ROOT));
        if (count.find()) {
            String n = count.group(1);
            int wanted = n.matches("\\d+") ? Integer.parseInt(n) : COUNT_WORDS.indexOf(n) + 2;
            return items == wanted ? 1 : 0;
        }
        return items >= 2 ? 0.5 : 0;
    }

    private static final Pattern LEADING_PREPOSITION = Pattern.compile(
            "(?i)^\\s*((?:\\p{L}+ of)|via|near|toward|towards|along|across|through|from|into|to|at|in|on|by|beyond|behind)\\s+(?:which|what)\\b");

    /** "Via which places?": 1 when the candidate follows the same preposition in its sentence ("via Zheleztsovo, ..."). */
    static double samePreposition(QuestionAnalysis q, Candidate c, AnswerContext ctx) {
        Matcher m = LEADING_PREPOSITION.matcher(q.text());
        if (!m.find()) {
            return 0;
        }
        SentenceRecord s = c.sentence();
        String before = ctx.words(s.source(), Math.max(s.span().start(), c.start() - 20), c.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b" + Pattern.quote(m.group(1).toLowerCase(Locale.ROOT)) + "\\s+(?:the\\s+)?$") ? 1 : 0;
    }

    /** "Which division": a division, not an army. Generic kinds ("unit", "formation") take any. */
    static boolean ofKind(QuestionAnalysis q, Candidate c) {
        if (q.kindNoun() == null || q.type() != AnswerType.UNIT) {
            return true;
        }
        String kind = Stems.of(q.kindNoun());
        return c.text().toLowerCase(Locale.ROOT).contains(kind) || Stems.ofText(c.text()).contains(kind);
    }

    /**
     * 1 when the candidate's own words repeat a question word ("which tank division" -> "112th Tank
     * Division", "which Panzer division" -> "20th Panzerdivision"); -1 when they repeat a word the
     * question sets aside ("apart from the tank divisions").
     */
    static double describedBy(QuestionAnalysis q, Candidate c) {
        String kind = q.kindNoun() == null ? null : Stems.of(q.kindNoun());
        Matcher apart = ListRuns.EXCLUDING.matcher(q.text());
        Set<String> setAside = apart.find() ? Stems.ofText(apart.group(1)) : Set.of();
        double described = 0;
        for (String word : c.text().split("[\\s,]+")) {
            String stem = Stems.of(word);
            if (stem == null || stem.equals(kind)) {
                continue;
            }
            if (setAside.contains(stem)) {
                return -1;
            }
            if (q.contentStems().stream().anyMatch(qs -> qs.equals(stem) || qs.length() >= 4 && stem.startsWith(qs))) {
                described = 1;
            }
        }
        return described;
    }
}
