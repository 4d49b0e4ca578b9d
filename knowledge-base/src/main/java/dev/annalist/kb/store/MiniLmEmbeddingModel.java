package dev.annalist.kb.store;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.annalist.kb.onnx.ModelBytes;
import dev.annalist.kb.onnx.OnnxSessions;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * all-MiniLM-L6-v2 (quantised), from the LangChain4j model jar, on a single-threaded ONNX session
 * run on the caller's thread. On a 2-core machine the default thread pools cost more in hand-offs
 * and wake-ups than they save on one short query (p95 went from about 6 ms to about 2 ms).
 */
public final class MiniLmEmbeddingModel extends AbstractInProcessEmbeddingModel {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private final OnnxBertBiEncoder encoder;

    public MiniLmEmbeddingModel() {
        super(Runnable::run);
        try (InputStream tokenizer = open(TOKENIZER)) {
            ByteBuffer model = ModelBytes.resource(MiniLmEmbeddingModel.class, MODEL);
            if (model == null) {
                throw new IllegalStateException("embedding model file " + MODEL + " is not on the classpath");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model, OnnxSessions.options(1));
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = MiniLmEmbeddingModel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("embedding model file " + resource + " is not on the classpath");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }
}
