package dev.annalist.kb.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The project's own annotated military-history prose (OpenNLP {@code <START:type> ... <END>} format),
 * written for training and never taken from an account the product answers on.
 */
public record NerTrainingData(String text) {
    public static final List<String> RESOURCES = List.of(
            "/dev/annalist/kb/nlp/training/ner-part-1.txt",
            "/dev/annalist/kb/nlp/training/ner-part-2.txt");

    public static NerTrainingData bundled() {
        StringBuilder all = new StringBuilder();
        for (String resource : RESOURCES) {
            try (InputStream in = NerTrainingData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("training data missing: " + resource);
                }
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append("\n\n");
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        return new NerTrainingData(all.toString());
    }

    /** Identifies the data, so a cached model trained on other data is never reused. */
    public String fingerprint(String parameters) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update(parameters.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
