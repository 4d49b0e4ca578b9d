package dev.annalist.kb.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The abstention decision's parameters: the reader's margin (best span over "no answer") at which an
 * answer is as likely right as not, and how fast confidence rises past it. The bundled values were
 * chosen on training articles held out from training (training/MODEL_CARD.md), never on the dev split;
 * the system properties {@code annalist.reader.threshold} and {@code annalist.reader.scale} override them.
 */
public record ReaderSettings(double threshold, double scale) {
    private static final String RESOURCE = "/reader/reader.properties";

    public ReaderSettings {
        if (!(scale > 0) || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("reader settings need a number threshold and a positive scale");
        }
    }

    public static ReaderSettings bundled() {
        Properties p = new Properties();
        try (InputStream in = ReaderSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reader settings " + RESOURCE + " are missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reader settings " + RESOURCE + " cannot be read", e);
        }
        return new ReaderSettings(number("annalist.reader.threshold", p), number("annalist.reader.scale", p));
    }

    private static double number(String key, Properties bundled) {
        String value = System.getProperty(key, bundled.getProperty(key));
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalStateException(key + " is not a number: " + value);
        }
    }

    public ReaderSettings withThreshold(double t) {
        return new ReaderSettings(t, scale);
    }
}
