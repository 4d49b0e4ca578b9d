package dev.annalist.kb.reader;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The reader's WordPiece tokenizer: the uncased BERT vocabulary the reader was trained with (all-MiniLM-L6-v2
 * and e5-small-v2, its base, carry the same one),
 * without the padding and truncation its file asks for (the reader sizes windows itself).
 */
public final class WordPieces {
    public static final long CLS = 101;
    public static final long SEP = 102;
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private final HuggingFaceTokenizer tokenizer;

    /** Token ids and, per token, its character range in the text that was encoded. */
    public record Pieces(long[] ids, int[] starts, int[] ends) {
        public int size() {
            return ids.length;
        }
    }

    public WordPieces() {
        try (InputStream in = WordPieces.class.getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IllegalStateException("reader tokenizer " + TOKENIZER + " is missing from the classpath");
            }
            tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false",
                    "addSpecialTokens", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("reader tokenizer " + TOKENIZER + " cannot be read", e);
        }
    }

    public Pieces encode(String text) {
        Encoding e = tokenizer.encode(text, false, false);
        long[] ids = e.getIds();
        CharSpan[] spans = e.getCharTokenSpans();
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            starts[i] = spans[i] == null ? -1 : spans[i].getStart();
            ends[i] = spans[i] == null ? -1 : spans[i].getEnd();
        }
        return new Pieces(ids, starts, ends);
    }
}
