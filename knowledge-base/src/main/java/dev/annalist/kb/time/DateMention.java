package dev.annalist.kb.time;

import dev.annalist.kb.nlp.Span;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A date as written and as understood. {@code start} and {@code end} are inclusive; one of them is
 * null for a bound ("by 23 December" has only an end). When no year could be found, both are null and
 * {@code monthDay} holds what the text says.
 */
public record DateMention(Span span, String surface, LocalDate start, LocalDate end, Granularity granularity,
                          MonthDay monthDay) {

    public static DateMention of(Span span, String surface, LocalDate start, LocalDate end, Granularity granularity) {
        return new DateMention(span, surface, start, end, granularity, null);
    }

    /** The ISO 8601 value: a date, a month, a year, an interval "a/b", or an open interval "../b". */
    public String iso() {
        if (start == null && end == null) {
            return monthDay == null ? "" : monthDay.toString();
        }
        if (start == null) {
            return "../" + end;
        }
        if (end == null) {
            return start + "/..";
        }
        if (granularity == Granularity.YEAR && start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
            return Integer.toString(start.getYear());
        }
        if (granularity == Granularity.MONTH && start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
            return start.toString().substring(0, 7);
        }
        return start.equals(end) ? start.toString() : start + "/" + end;
    }

    /** False when the text never gave a year, so the date cannot be placed on a timeline. */
    public boolean isResolved() {
        return start != null || end != null;
    }

    /** Where this date sits on a timeline: its start, or its end when only the end is known. */
    public long sortKey() {
        return start != null ? start.toEpochDay() : end != null ? end.toEpochDay() : 0;
    }

    /** The earliest day this may mean, for range queries; the epoch's minimum for an open start. */
    public long startEpochDay() {
        return start != null ? start.toEpochDay() : end != null ? Long.MIN_VALUE : 0;
    }

    public long endEpochDay() {
        return end != null ? end.toEpochDay() : start != null ? Long.MAX_VALUE : 0;
    }
}
