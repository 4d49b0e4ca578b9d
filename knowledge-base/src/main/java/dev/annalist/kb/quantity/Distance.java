package dev.annalist.kb.quantity;

import dev.annalist.kb.nlp.Span;
import java.util.Locale;

/** A distance or range of distances, normalised to kilometres, with the text and span it came from. */
public record Distance(Span span, String surface, double minKm, double maxKm) {
    public boolean isRange() {
        return maxKm > minKm;
    }

    /** "30 km" or "120–130 km". */
    public String normalised() {
        return isRange() ? format(minKm) + "–" + format(maxKm) + " km" : format(minKm) + " km";
    }

    private static String format(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : String.format(Locale.ROOT, "%.1f", km);
    }
}
