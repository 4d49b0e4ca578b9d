package dev.annalist.kb.answer;

import dev.annalist.kb.reader.ReadSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the abstention decision weighs besides the reader's margin: how its best span compares with the
 * other windows' spans, where retrieval ranked its window, how much of the question its sentence and its
 * window cover, which of the question's names the window lacks, whether the span only repeats the question, and whether a date or number question got a
 * span without a digit. Each is a number, so a logistic model fitted on held-out training articles
 * can weigh them ({@code evaluation.jar squad --fit-abstention}).
 */
public record AbstentionEvidence(double margin, double noAnswer, double lead, double rank, double coverage,
                                 double windowCoverage, double absentNames, double echo, double length, double typeMismatch) {
    /** The order of {@link #vector()}, and of the weights in reader.properties. */
    public static final List<String> NAMES = List.of("margin", "noAnswer", "lead", "rank", "coverage", "windowCoverage",
            "absentNames", "echo", "length", "typeMismatch");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A lone window leads by this much: more than any margin gap seen in practice. */
    private static final double LONE_LEAD = 10;

    /** The evidence for the best of {@code spans} (best margin first, not empty). */
    public static AbstentionEvidence of(List<ReadSpan> spans, QuestionAnalysis question) {
        ReadSpan best = spans.get(0);
        double lead = spans.size() > 1 ? Math.min(LONE_LEAD, best.margin() - spans.get(1).margin()) : LONE_LEAD;
        Set<String> asked = question.contentStems();
        Set<String> sentence = Stems.ofText(best.window().sentenceAt(best.start()).text());
        Set<String> span = Stems.ofText(best.text());
        String window = best.window().text();
        return new AbstentionEvidence(best.margin(), best.noAnswer(), lead, Math.log(Math.max(1, best.window().rank())),
                share(asked, sentence), share(asked, Stems.ofText(window)), absentNames(question.text(), window),
                share(span, asked), Math.log1p(best.text().split("\\s+").length),
                expectsDigits(question.type()) && best.text().chars().noneMatch(Character::isDigit) ? 1 : 0);
    }

    /** Refuses a weight list that is not a bias and one weight per {@link #NAMES}, naming the property. */
    static void requireWeights(List<Double> weights) {
        if (weights.size() != NAMES.size() + 1) {
            throw new IllegalArgumentException("annalist.reader.weights needs a bias and " + NAMES.size() + " weights "
                    + NAMES + ", got " + weights.size() + " numbers");
        }
    }

    public double[] vector() {
        return new double[] {margin, noAnswer, lead, rank, coverage, windowCoverage, absentNames, echo, length, typeMismatch};
    }

    /**
     * The share of the question's names and numbers (capitalised words after the first, words with
     * digits) that the window never mentions: a question about something else reads like one it answers.
     */
    static double absentNames(String question, String window) {
        String lowerWindow = window.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(question);
        int names = 0;
        int absent = 0;
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            boolean name = !first && Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit);
            first = false;
            if (name) {
                names++;
                if (!lowerWindow.contains(w.toLowerCase(Locale.ROOT))) {
                    absent++;
                }
            }
        }
        return names == 0 ? 0 : (double) absent / names;
    }

    /** The share of {@code of} that {@code in} holds (0 when {@code of} is empty). */
    private static double share(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(of);
        both.retainAll(in);
        return (double) both.size() / of.size();
    }

    private static boolean expectsDigits(AnswerType type) {
        return type == AnswerType.DATE || type == AnswerType.NUMBER || type == AnswerType.DISTANCE;
    }
}
