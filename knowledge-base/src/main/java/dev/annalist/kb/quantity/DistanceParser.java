package dev.annalist.kb.quantity;

import dev.annalist.kb.nlp.Span;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "18.5 miles (30 km)", "between 9.3 and 15.5 miles (15 and 25 km)" or "40 kilometres". When
 * the text gives kilometres itself (often in brackets after miles), those are used, not a conversion.
 */
public final class DistanceParser {
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)(?:\\s*(?:and|to|or|-|–)\\s*(\\d+(?:[.,]\\d+)?))?\\s*"
                    + "(km|kilometres?|kilometers?|miles?|metres?|meters?|m|yards?|versts?)\\b");

    public Optional<Distance> parse(Span span, String surface) {
        Matcher m = AMOUNT.matcher(surface.toLowerCase(Locale.ROOT));
        Distance best = null;
        while (m.find()) {
            double factor = factor(m.group(3));
            double low = number(m.group(1)) * factor;
            double high = m.group(2) == null ? low : number(m.group(2)) * factor;
            Distance d = new Distance(span, surface.strip(), round(Math.min(low, high)), round(Math.max(low, high)));
            if (best == null || m.group(3).startsWith("k")) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double factor(String unit) {
        if (unit.startsWith("k")) {
            return 1;
        }
        if (unit.startsWith("mile")) {
            return 1.609344;
        }
        if (unit.startsWith("yard")) {
            return 0.0009144;
        }
        if (unit.startsWith("verst")) {
            return 1.0668;
        }
        return 0.001;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
