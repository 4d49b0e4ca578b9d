package dev.annalist.kb.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the person/unit/location {@link NameFinderME} model from {@link NerTrainingData} on first
 * use and caches it on disk, keyed by a fingerprint of the data and parameters.
 */
public final class NerModelProvider {
    private static final Logger LOG = LoggerFactory.getLogger(NerModelProvider.class);
    private static final int ITERATIONS = 150;
    private static final int CUTOFF = 1;
    private static volatile TokenNameFinderModel shared;

    private final Path cacheDir;
    private final NerTrainingData data;

    public NerModelProvider(Path cacheDir, NerTrainingData data) {
        this.cacheDir = cacheDir;
        this.data = data;
    }

    /** The default cache: {@code $ANNALIST_CACHE} or {@code ~/.cache/annalist}. */
    public static Path defaultCacheDir() {
        String env = System.getenv("ANNALIST_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "annalist");
    }

    /** The model shared by this process, from the default cache. */
    public static TokenNameFinderModel shared() {
        TokenNameFinderModel model = shared;
        if (model == null) {
            synchronized (NerModelProvider.class) {
                if (shared == null) {
                    shared = new NerModelProvider(defaultCacheDir(), NerTrainingData.bundled()).model();
                }
                model = shared;
            }
        }
        return model;
    }

    public TokenNameFinderModel model() {
        Path cached = cacheDir.resolve("ner-" + data.fingerprint(ITERATIONS + "/" + CUTOFF) + ".bin");
        if (Files.isRegularFile(cached)) {
            try (InputStream in = Files.newInputStream(cached)) {
                return new TokenNameFinderModel(in);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cached NER model {} is unreadable ({}); training again", cached, e.getMessage());
            }
        }
        long started = System.nanoTime();
        TokenNameFinderModel model = train();
        LOG.info("trained the entity model in {} ms", (System.nanoTime() - started) / 1_000_000);
        save(model, cached);
        return model;
    }

    public TokenNameFinderModel train() {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        InputStreamFactory source = () -> new ByteArrayInputStream(data.text().getBytes(StandardCharsets.UTF_8));
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(source, StandardCharsets.UTF_8))) {
            return NameFinderME.train("en", null, samples, parameters,
                    new TokenNameFinderFactory(null, Collections.emptyMap(), new BioCodec()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot train the entity model", e);
        }
    }

    private static void save(TokenNameFinderModel model, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "ner", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                model.serialize(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot cache the entity model at {} ({}); it will be trained again next time", target, e.getMessage());
        }
    }
}
