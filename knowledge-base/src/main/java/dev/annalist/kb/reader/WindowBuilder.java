package dev.annalist.kb.reader;

import dev.annalist.kb.store.ScoredSentence;
import dev.annalist.kb.store.SentenceRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/**
 * Builds the reader's windows as it was trained on them: each retrieved sentence (best first) that
 * no earlier window holds becomes an anchor, and the window grows by the next, then the previous
 * sentence of the same paragraph while the whole fits the token budget.
 */
public final class WindowBuilder {
    private final BiFunction<String, Integer, SentenceRecord> sentences;
    private final Map<String, String> texts;
    private final ToIntFunction<SentenceRecord> tokens;

    /**
     * @param sentences a sentence by account and number
     * @param texts     the accounts' texts by name
     * @param tokens    how many word pieces a sentence takes
     */
    public WindowBuilder(BiFunction<String, Integer, SentenceRecord> sentences, Map<String, String> texts,
                         ToIntFunction<SentenceRecord> tokens) {
        this.sentences = sentences;
        this.texts = texts;
        this.tokens = tokens;
    }

    public List<Window> build(List<ScoredSentence> hits, int budget, int maxWindows) {
        List<Window> windows = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (ScoredSentence hit : hits) {
            if (windows.size() >= maxWindows) {
                break;
            }
            SentenceRecord anchor = hit.sentence();
            String text = texts.get(anchor.source());
            if (covered.contains(anchor.id()) || text == null) {
                continue;
            }
            List<SentenceRecord> run = grow(anchor, budget);
            run.forEach(s -> covered.add(s.id()));
            int start = run.get(0).span().start();
            int end = run.get(run.size() - 1).span().end();
            windows.add(new Window(anchor.source(), start, text.substring(start, end), run, hit.rank()));
        }
        return windows;
    }

    private List<SentenceRecord> grow(SentenceRecord anchor, int budget) {
        List<SentenceRecord> run = new ArrayList<>(List.of(anchor));
        int used = tokens.applyAsInt(anchor);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int step : new int[] {1, -1}) {
                SentenceRecord edge = step > 0 ? run.get(run.size() - 1) : run.get(0);
                SentenceRecord next = sentences.apply(edge.source(), edge.index() + step);
                if (next == null || next.paragraph() != anchor.paragraph()) {
                    continue;
                }
                int cost = tokens.applyAsInt(next);
                if (used + cost > budget) {
                    continue;
                }
                used += cost;
                if (step > 0) {
                    run.add(next);
                } else {
                    run.add(0, next);
                }
                grew = true;
                break;
            }
        }
        return run;
    }
}
