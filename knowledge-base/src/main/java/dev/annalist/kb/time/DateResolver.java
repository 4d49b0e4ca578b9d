package dev.annalist.kb.time;

import dev.annalist.kb.nlp.Span;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a DATE mention means, resolving missing years like a narrative (see
 * {@link NarrativeClock}): "17 December 1941/5 January 1942" and "between 1 and 6 January 1942" are
 * intervals, "the night of 17/18 December" spans two days, "by 23 December" and "until 6 January" are
 * bounds, "early in January" is the first ten days.
 */
public final class DateResolver {
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
    private static final String YEAR = "(1\\d{3}|20\\d\\d)";
    private static final Pattern SLASH_RANGE = Pattern.compile(
            "(\\d{1,2})\\s+" + MONTH + "(?:\\s+" + YEAR + ")?\\s*/\\s*(\\d{1,2})\\s+" + MONTH + "(?:\\s+" + YEAR + ")?");
    private static final Pattern BETWEEN = Pattern.compile(
            "(?:between|from)\\s+(\\d{1,2})(?:\\s+" + MONTH + ")?\\s+(?:and|to|-)\\s+(\\d{1,2})\\s+" + MONTH + "(?:\\s+" + YEAR + ")?");
    private static final Pattern DAY_PAIR = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s+" + MONTH + "(?:\\s+" + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+" + MONTH + "(?:\\s+" + YEAR + ")?");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?!\\d)(?:\\s*,\\s*" + YEAR + ")?");
    private static final Pattern PART_OF_MONTH = Pattern.compile(
            "(early|late|mid|middle|end|beginning|start|first half|second half)\\b.*?" + MONTH + "(?:\\s+" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "(?:\\s+" + YEAR + ")?");
    private static final Pattern YEAR_ONLY = Pattern.compile(YEAR);
    private static final Pattern BEFORE = Pattern.compile("^(by|until|till|before|up to)\\b");
    private static final Pattern AFTER = Pattern.compile("^(after|from|since)\\b");
    private static final Pattern ANCHOR = Pattern.compile(
            "(?i)(\\d{1,2})\\s+" + MONTH + "\\s+" + YEAR + "|" + MONTH + "\\s+(\\d{1,2}),?\\s+" + YEAR + "|" + MONTH + "\\s+" + YEAR);

    /** The first date the text gives with a year: where its narrative clock starts. */
    public static LocalDate anchor(String text) {
        Matcher m = ANCHOR.matcher(text);
        if (!m.find()) {
            Matcher year = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b").matcher(text);
            return year.find() ? LocalDate.of(Integer.parseInt(year.group(1)), 7, 1) : null;
        }
        if (m.group(1) != null) {
            return safeDate(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (m.group(4) != null) {
            return safeDate(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5)));
        }
        return LocalDate.of(Integer.parseInt(m.group(8)), month(m.group(7)), 1);
    }

    /** Resolves one DATE mention and moves the clock on. Empty if the text is no date after all. */
    public Optional<DateMention> resolve(Span span, String surface, NarrativeClock clock) {
        String text = surface.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        Optional<DateMention> resolved = interpret(span, surface, text, clock);
        resolved.ifPresent(d -> clock.advanceTo(d.end() != null ? d.end() : d.start()));
        return resolved;
    }

    private Optional<DateMention> interpret(Span span, String surface, String text, NarrativeClock clock) {
        Matcher m;
        if ((m = SLASH_RANGE.matcher(text)).find()) {
            Integer secondYear = year(m.group(6));
            Integer firstYear = year(m.group(3));
            LocalDate end = day(clock, secondYear != null ? secondYear : firstYear, month(m.group(5)), m.group(4));
            LocalDate start = day(clock, firstYear, month(m.group(2)), m.group(1));
            return interval(span, surface, start, end, Granularity.DAY);
        }
        if ((m = BETWEEN.matcher(text)).find()) {
            Month endMonth = month(m.group(4));
            Month startMonth = m.group(2) != null ? month(m.group(2)) : endMonth;
            LocalDate end = day(clock, year(m.group(5)), endMonth, m.group(3));
            LocalDate start = end == null ? null : LocalDate.of(startMonth.compareTo(endMonth) > 0 ? end.getYear() - 1 : end.getYear(),
                    startMonth, Math.min(Integer.parseInt(m.group(1)), YearMonth.of(end.getYear(), startMonth).lengthOfMonth()));
            return interval(span, surface, start, end, Granularity.DAY);
        }
        if ((m = DAY_PAIR.matcher(text)).find()) {
            LocalDate start = day(clock, year(m.group(4)), month(m.group(3)), m.group(1));
            LocalDate end = start == null ? null : start.withDayOfMonth(Math.min(Integer.parseInt(m.group(2)), start.lengthOfMonth()));
            return interval(span, surface, start, end, Granularity.DAY);
        }
        LocalDate start;
        LocalDate end;
        Granularity granularity;
        MonthDay unresolved = null;
        if ((m = DAY_MONTH.matcher(text)).find() || (m = MONTH_DAY.matcher(text)).find()) {
            boolean dayFirst = Character.isDigit(m.group(1).charAt(0));
            Month month = month(m.group(dayFirst ? 2 : 1));
            String dayText = m.group(dayFirst ? 1 : 2);
            start = day(clock, year(m.group(3)), month, dayText);
            end = start;
            granularity = Granularity.DAY;
            if (start == null) {
                unresolved = MonthDay.of(month, Math.min(Integer.parseInt(dayText), month.maxLength()));
            }
        } else if ((m = PART_OF_MONTH.matcher(text)).find()) {
            YearMonth month = yearMonth(clock, year(m.group(3)), month(m.group(2)));
            if (month == null) {
                return Optional.empty();
            }
            String part = m.group(1);
            int from = part.equals("early") || part.equals("beginning") || part.equals("start") || part.equals("first half") ? 1
                    : part.equals("mid") || part.equals("middle") ? 11 : part.equals("second half") ? 16 : 21;
            int to = from == 1 ? (part.equals("first half") ? 15 : 10) : from == 11 ? 20 : month.lengthOfMonth();
            start = month.atDay(from);
            end = month.atDay(to);
            granularity = Granularity.PART_OF_MONTH;
        } else if ((m = MONTH_YEAR.matcher(text)).find()) {
            YearMonth month = yearMonth(clock, year(m.group(2)), month(m.group(1)));
            if (month == null) {
                return Optional.empty();
            }
            start = month.atDay(1);
            end = month.atEndOfMonth();
            granularity = Granularity.MONTH;
        } else if ((m = YEAR_ONLY.matcher(text)).find()) {
            int year = Integer.parseInt(m.group(1));
            start = LocalDate.of(year, 1, 1);
            end = LocalDate.of(year, 12, 31);
            granularity = Granularity.YEAR;
        } else {
            return Optional.empty();
        }
        if (BEFORE.matcher(text).find()) {
            start = null;
        } else if (AFTER.matcher(text).find()) {
            end = null;
        }
        return Optional.of(new DateMention(span, surface, start, end, granularity, unresolved));
    }

    private static Optional<DateMention> interval(Span span, String surface, LocalDate start, LocalDate end, Granularity granularity) {
        if (start == null || end == null) {
            return Optional.empty();
        }
        return Optional.of(DateMention.of(span, surface, start.isAfter(end) ? end : start, start.isAfter(end) ? start : end, granularity));
    }

    private static LocalDate day(NarrativeClock clock, Integer year, Month month, String day) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > month.maxLength()) {
            return null;
        }
        if (year == null && !clock.knowsYear()) {
            return null;
        }
        int y = year != null ? year : clock.yearFor(month, d);
        return safeDate(y, month, d);
    }

    private static YearMonth yearMonth(NarrativeClock clock, Integer year, Month month) {
        if (year == null && !clock.knowsYear()) {
            return null;
        }
        return YearMonth.of(year != null ? year : clock.yearFor(month, 15), month);
    }

    private static LocalDate safeDate(int year, Month month, int day) {
        return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }

    private static Integer year(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static Month month(String text) {
        String key = text.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }
}
