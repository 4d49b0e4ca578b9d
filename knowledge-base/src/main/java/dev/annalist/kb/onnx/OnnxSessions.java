package dev.annalist.kb.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Session options shared by the product's two models (the reader and the query embedder), chosen for a
 * small machine's resident memory: no CPU memory arena and no memory-pattern planning, so the
 * activations of a run go back to the allocator when it ends instead of staying reserved at the
 * largest batch ever seen.
 */
public final class OnnxSessions {
    private OnnxSessions() {}

    public static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setCPUArenaAllocator(false);
        options.setMemoryPatternOptimization(false);
        return options;
    }
}
