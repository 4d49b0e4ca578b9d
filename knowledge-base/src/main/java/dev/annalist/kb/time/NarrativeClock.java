package dev.annalist.kb.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The date the narrative has reached. A day or month written without a year takes the year that
 * puts it nearest this reference, so "14 December" after "5 January 1942" is 1941 and "6 January"
 * after "30 December 1941" is 1942.
 */
public final class NarrativeClock {
    private LocalDate reference;

    /** Starts at the first date the document states with its year, or nowhere if it states none. */
    public NarrativeClock(LocalDate anchor) {
        this.reference = anchor;
    }

    public boolean knowsYear() {
        return reference != null;
    }

    public int yearFor(Month month, int day) {
        int best = reference.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            int safeDay = Math.min(day, YearMonth.of(year, month).lengthOfMonth());
            long distance = Math.abs(ChronoUnit.DAYS.between(reference, LocalDate.of(year, month, safeDay)));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = year;
            }
        }
        return best;
    }

    public void advanceTo(LocalDate date) {
        if (date != null) {
            reference = date;
        }
    }
}
