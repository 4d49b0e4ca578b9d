package dev.annalist.kb.reader;

/**
 * The reader's best span in one window: account offsets [start, end), the text, its score (start plus
 * end logit) and the window's no-answer score (the [CLS] position's). The margin says how much the
 * reader prefers this span to "the window does not say".
 */
public record ReadSpan(Window window, int start, int end, String text, double score, double noAnswer) {
    public double margin() {
        return score - noAnswer;
    }

    /** The same span with its score, and so its margin, lowered by {@code by}. */
    public ReadSpan lowered(double by) {
        return new ReadSpan(window, start, end, text, score - by, noAnswer);
    }
}
