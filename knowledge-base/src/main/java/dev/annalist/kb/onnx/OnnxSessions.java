package dev.annalist.kb.onnx;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Session options for the product's two models, chosen for a small machine's resident memory. Both
 * skip weight prepacking: the packed copy of the int8 weights cost about 12 MB resident and no
 * measurable speed. The query embedder (one short sentence a run) keeps no arena, so its few
 * activations go straight back to the allocator. The reader (three windows of up to 192 tokens a run)
 * plans its activations into one arena block, which {@link #shrinkArenaAfterRun} hands back when the
 * run ends: without the arena every tensor was mapped and faulted in afresh (answers 2.3 times slower),
 * and an arena kept for good holds the largest batch ever seen.
 */
public final class OnnxSessions {
    private OnnxSessions() {}

    /** No arena, no memory planning: for runs whose activations are small. */
    public static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions options = common(threads);
        options.setCPUArenaAllocator(false);
        options.setMemoryPatternOptimization(false);
        return options;
    }

    /** An arena and memory planning; run with {@link #shrinkArenaAfterRun} to give the arena back. */
    public static OrtSession.SessionOptions withArena(int threads) throws OrtException {
        OrtSession.SessionOptions options = common(threads);
        options.setCPUArenaAllocator(true);
        options.setMemoryPatternOptimization(true);
        return options;
    }

    /** Run options that return the arena's blocks to the allocator at the end of each run. */
    public static OrtSession.RunOptions shrinkArenaAfterRun() throws OrtException {
        OrtSession.RunOptions run = new OrtSession.RunOptions();
        run.addRunConfigEntry("memory.enable_memory_arena_shrinkage", "cpu:0");
        return run;
    }

    private static OrtSession.SessionOptions common(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.disable_prepacking", "1");
        return options;
    }
}
