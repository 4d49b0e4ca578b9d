package dev.annalist.kb.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The abstention decision's parameters. Without weights, confidence is logistic in the reader's margin
 * (best span over "no answer"): {@code threshold} is the margin at which an answer is as likely right as
 * not and {@code scale} how fast confidence rises past it. With weights (a bias, then one per
 * {@link AbstentionEvidence#NAMES}), confidence is logistic in their weighted sum, shifted by
 * {@code threshold}. Either way a higher threshold abstains more. {@code rulesFloor} is the least
 * confidence at which the typed-candidate rules, agreeing with the reader's sentence, may answer where the
 * reader alone would abstain (0: whatever the confidence; 0.5: never below the reader's own bar).
 * {@code ungroundedPenalty} is taken off the margin of a span whose sentence does not speak of what the
 * question names ({@link Grounding}; infinite: such spans never answer). The bundled values were chosen
 * on training articles held out from training (training/MODEL_CARD.md), never on the dev split; the
 * system properties {@code annalist.reader.threshold}, {@code .scale}, {@code .weights},
 * {@code .rules-floor} and {@code .ungrounded-penalty} override them.
 */
public record ReaderSettings(double threshold, double scale, List<Double> weights, double rulesFloor,
                             double ungroundedPenalty) {
    private static final String RESOURCE = "/reader/reader.properties";

    public ReaderSettings {
        if (!(scale > 0) || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("reader settings need a number threshold and a positive scale");
        }
        if (!(rulesFloor >= 0 && rulesFloor <= 1)) {
            throw new IllegalArgumentException("annalist.reader.rules-floor is a confidence from 0 to 1, not " + rulesFloor);
        }
        if (!(ungroundedPenalty >= 0)) {
            throw new IllegalArgumentException("annalist.reader.ungrounded-penalty is a margin of 0 or more (or Infinity), not "
                    + ungroundedPenalty);
        }
        weights = List.copyOf(weights);
        if (!weights.isEmpty()) {
            AbstentionEvidence.requireWeights(weights);
        }
    }

    /** The margin rule alone, the rules answering wherever they agree, only grounded spans answering. */
    public ReaderSettings(double threshold, double scale) {
        this(threshold, scale, List.of(), 0, Double.POSITIVE_INFINITY);
    }

    /** The rules answering wherever they agree, only grounded spans answering. */
    public ReaderSettings(double threshold, double scale, List<Double> weights) {
        this(threshold, scale, weights, 0, Double.POSITIVE_INFINITY);
    }

    public Abstention abstention() {
        return weights.isEmpty() ? Abstention.margin(threshold, scale) : Abstention.learned(weights, threshold, scale);
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
        return new ReaderSettings(number("annalist.reader.threshold", p), number("annalist.reader.scale", p),
                numbers("annalist.reader.weights", p), number("annalist.reader.rules-floor", p),
                number("annalist.reader.ungrounded-penalty", p));
    }

    private static List<Double> numbers(String key, Properties bundled) {
        String value = System.getProperty(key, bundled.getProperty(key, "")).strip();
        if (value.isEmpty()) {
            return List.of();
        }
        try {
            return Arrays.stream(value.split("\\s*,\\s*")).map(Double::parseDouble).toList();
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " is not a comma-separated list of numbers: " + value);
        }
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
        return new ReaderSettings(t, scale, weights, rulesFloor, ungroundedPenalty);
    }

    public ReaderSettings withRulesFloor(double floor) {
        return new ReaderSettings(threshold, scale, weights, floor, ungroundedPenalty);
    }

    public ReaderSettings withUngroundedPenalty(double penalty) {
        return new ReaderSettings(threshold, scale, weights, rulesFloor, penalty);
    }
}
