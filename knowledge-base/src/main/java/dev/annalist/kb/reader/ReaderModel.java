package dev.annalist.kb.reader;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.annalist.kb.onnx.ModelBytes;
import dev.annalist.kb.onnx.OnnxSessions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The trained span model (training/ in the repository) on an ONNX Runtime session: token ids of
 * "[CLS] question [SEP] window [SEP]" in, a start and an end logit per token out. The bundled model
 * is a classpath resource; {@code annalist.reader.model} (a system property) points at another file.
 */
public final class ReaderModel implements AutoCloseable {
    public static final String BUNDLED = "/reader/reader-int8.onnx";
    public static final String PROPERTY = "annalist.reader.model";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final OrtSession.RunOptions shrink;
    private final String name;
    /**
     * Runs at once: as many as the cores can feed with {@link #threads()} each. More would not answer
     * sooner, and every run in flight holds its own activations in native memory (32 at once took the
     * service past 1.3 GB resident); the rest wait their turn.
     */
    private final Semaphore runs = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / threads()), true);

    /** Start and end logits of one batch: [window][token]. */
    public record Logits(float[][] start, float[][] end) {}

    private ReaderModel(ByteBuffer bytes, String name, int threads) {
        this.name = name;
        try {
            this.session = environment.createSession(bytes, OnnxSessions.withArena(threads));
            this.shrink = OnnxSessions.shrinkArenaAfterRun();
        } catch (OrtException e) {
            throw new IllegalStateException("reader model " + name + " is not a valid ONNX model: " + e.getMessage(), e);
        }
        if (!session.getOutputNames().contains("start_logits") || !session.getInputNames().contains("input_ids")) {
            throw new IllegalStateException("reader model " + name + " is not a span reader (outputs "
                    + session.getOutputNames() + ")");
        }
    }

    /** The model named by {@value #PROPERTY}, else the bundled one. Fails with one line naming the file. */
    public static ReaderModel load() {
        String configured = System.getProperty(PROPERTY);
        return configured == null || configured.isBlank() ? bundled() : fromFile(Path.of(configured));
    }

    public static ReaderModel bundled() {
        try {
            ByteBuffer bytes = ModelBytes.resource(ReaderModel.class, BUNDLED);
            if (bytes == null) {
                throw new IllegalStateException("reader model " + BUNDLED + " is missing from the classpath");
            }
            return new ReaderModel(bytes, BUNDLED, threads());
        } catch (IOException e) {
            throw new IllegalStateException("reader model " + BUNDLED + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static ReaderModel fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("reader model " + file + " does not exist");
        }
        try {
            return new ReaderModel(ModelBytes.map(file), file.toString(), threads());
        } catch (IOException e) {
            throw new IllegalStateException("reader model " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** One intra-op thread per core up to two: the reader's batches are big enough to share. */
    private static int threads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs one padded batch; rows are sequences of equal length, {@code mask} 1 on real tokens. */
    public Logits run(long[][] ids, long[][] types, long[][] mask) {
        int rows = ids.length;
        int cols = ids[0].length;
        runs.acquireUninterruptibly();
        try (OnnxTensor idTensor = tensor(ids, rows, cols);
             OnnxTensor typeTensor = tensor(types, rows, cols);
             OnnxTensor maskTensor = tensor(mask, rows, cols);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "token_type_ids", typeTensor,
                     "attention_mask", maskTensor), shrink)) {
            float[][] start = (float[][]) result.get("start_logits").orElseThrow().getValue();
            float[][] end = (float[][]) result.get("end_logits").orElseThrow().getValue();
            return new Logits(start, end);
        } catch (OrtException e) {
            throw new IllegalStateException("reader model " + name + " failed: " + e.getMessage(), e);
        } finally {
            runs.release();
        }
    }

    private OnnxTensor tensor(long[][] rows, int n, int cols) throws OrtException {
        LongBuffer flat = LongBuffer.allocate(n * cols);
        for (long[] row : rows) {
            flat.put(row);
        }
        flat.flip();
        return OnnxTensor.createTensor(environment, flat, new long[] {n, cols});
    }

    @Override
    public void close() throws OrtException {
        session.close();
        shrink.close();
    }
}
