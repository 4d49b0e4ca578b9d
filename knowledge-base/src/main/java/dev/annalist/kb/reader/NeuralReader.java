package dev.annalist.kb.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a question against windows of the account with the trained span model, all windows in one
 * batch, and returns the best span of each sentence of each window (mapped back to account offsets,
 * never across a sentence's end, so that the answer cites the one sentence it stands in) with its
 * window's no-answer score, best margin first. Over-long questions and windows are cut to fit the
 * model's length.
 */
public final class NeuralReader {
    /** The length the model was trained on: question, window and three special tokens. */
    public static final int MAX_TOKENS = 192;
    static final int MAX_QUESTION_TOKENS = 48;
    static final int MAX_ANSWER_TOKENS = 30;

    private final ReaderModel model;
    private final WordPieces pieces;
    private final Map<String, Integer> sentenceTokens = new ConcurrentHashMap<>();

    public NeuralReader(ReaderModel model, WordPieces pieces) {
        this.model = model;
        this.pieces = pieces;
    }

    /** Word pieces of a text, remembered by key (a sentence id): windows are sized by them. */
    public int tokens(String key, String text) {
        if (sentenceTokens.size() > 200_000) {
            sentenceTokens.clear(); // bounded: a re-indexed corpus must not grow it without end
        }
        return sentenceTokens.computeIfAbsent(key, k -> pieces.encode(text).size());
    }

    /** Tokens left for a window after this question. */
    public int windowBudget(String question) {
        return MAX_TOKENS - 3 - Math.min(MAX_QUESTION_TOKENS, pieces.encode(question).size());
    }

    public List<ReadSpan> read(String question, List<Window> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        WordPieces.Pieces q = pieces.encode(question);
        int qLen = Math.min(MAX_QUESTION_TOKENS, q.size());
        List<WordPieces.Pieces> contexts = new ArrayList<>();
        int longest = 0;
        for (Window w : windows) {
            WordPieces.Pieces c = pieces.encode(w.text());
            contexts.add(c);
            longest = Math.max(longest, qLen + 3 + Math.min(c.size(), MAX_TOKENS - qLen - 3));
        }
        int n = windows.size();
        long[][] ids = new long[n][longest];
        long[][] types = new long[n][longest];
        long[][] mask = new long[n][longest];
        int contextStart = qLen + 2;
        int[] contextLen = new int[n];
        for (int r = 0; r < n; r++) {
            WordPieces.Pieces c = contexts.get(r);
            int cLen = Math.min(c.size(), MAX_TOKENS - qLen - 3);
            contextLen[r] = cLen;
            int p = 0;
            ids[r][p++] = WordPieces.CLS;
            for (int i = 0; i < qLen; i++) {
                ids[r][p++] = q.ids()[i];
            }
            ids[r][p++] = WordPieces.SEP;
            for (int i = 0; i < cLen; i++) {
                types[r][p] = 1;
                ids[r][p++] = c.ids()[i];
            }
            types[r][p] = 1;
            ids[r][p++] = WordPieces.SEP;
            for (int i = 0; i < p; i++) {
                mask[r][i] = 1;
            }
        }
        ReaderModel.Logits logits = model.run(ids, types, mask);
        List<ReadSpan> spans = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            spans.addAll(bestSpans(windows.get(r), contexts.get(r), logits.start()[r], logits.end()[r], contextStart,
                    contextLen[r]));
        }
        spans.sort(Comparator.comparingDouble(ReadSpan::margin).reversed());
        return spans;
    }

    /** The first span of each window in {@code spans} (best margin first): each window's best. */
    public static List<ReadSpan> bestPerWindow(List<ReadSpan> spans) {
        List<ReadSpan> best = new ArrayList<>();
        Set<Window> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // windows are distinct objects
        for (ReadSpan span : spans) {
            if (seen.add(span.window())) {
                best.add(span);
            }
        }
        return best;
    }

    /** The best span within each sentence of the window that the model read. */
    private static List<ReadSpan> bestSpans(Window w, WordPieces.Pieces c, float[] start, float[] end, int offset, int length) {
        int sentences = w.sentences().size();
        double[] best = new double[sentences];
        int[] bestI = new int[sentences];
        int[] bestJ = new int[sentences];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(bestI, -1);
        int[] sentenceOf = new int[length];
        for (int i = 0, k = 0; i < length; i++) {
            int at = c.starts()[i] + w.start();
            while (c.starts()[i] >= 0 && k < sentences - 1 && at >= w.sentences().get(k).span().end()) {
                k++;
            }
            sentenceOf[i] = k;
        }
        for (int i = 0; i < length; i++) {
            if (c.starts()[i] < 0) {
                continue;
            }
            int k = sentenceOf[i];
            for (int j = i; j < Math.min(length, i + MAX_ANSWER_TOKENS) && sentenceOf[j] == k; j++) {
                double score = start[offset + i] + end[offset + j];
                if (score > best[k] && c.ends()[j] >= 0) {
                    best[k] = score;
                    bestI[k] = i;
                    bestJ[k] = j;
                }
            }
        }
        List<ReadSpan> spans = new ArrayList<>();
        for (int k = 0; k < sentences; k++) {
            if (bestI[k] >= 0) {
                int from = c.starts()[bestI[k]];
                int to = c.ends()[bestJ[k]];
                spans.add(new ReadSpan(w, w.start() + from, w.start() + to, w.text().substring(from, to), best[k],
                        start[0] + end[0]));
            }
        }
        return spans;
    }
}
