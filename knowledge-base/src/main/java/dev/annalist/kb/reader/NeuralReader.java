package dev.annalist.kb.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a question against windows of the account with the trained span model, all windows in one
 * batch, and returns each window's best span (mapped back to account offsets) with its no-answer
 * score, best margin first. Over-long questions and windows are cut to fit the model's length.
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
            ReadSpan best = bestSpan(windows.get(r), contexts.get(r), logits.start()[r], logits.end()[r], contextStart,
                    contextLen[r]);
            if (best != null) {
                spans.add(best);
            }
        }
        spans.sort(Comparator.comparingDouble(ReadSpan::margin).reversed());
        return spans;
    }

    private static ReadSpan bestSpan(Window w, WordPieces.Pieces c, float[] start, float[] end, int offset, int length) {
        double best = Double.NEGATIVE_INFINITY;
        int bestI = -1;
        int bestJ = -1;
        for (int i = 0; i < length; i++) {
            if (c.starts()[i] < 0) {
                continue;
            }
            for (int j = i; j < Math.min(length, i + MAX_ANSWER_TOKENS); j++) {
                double score = start[offset + i] + end[offset + j];
                if (score > best && c.ends()[j] >= 0) {
                    best = score;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (bestI < 0) {
            return null;
        }
        int from = c.starts()[bestI];
        int to = c.ends()[bestJ];
        return new ReadSpan(w, w.start() + from, w.start() + to, w.text().substring(from, to), best, start[0] + end[0]);
    }
}
