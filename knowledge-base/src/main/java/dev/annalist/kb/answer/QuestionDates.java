package dev.annalist.kb.answer;

import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.time.DateMention;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Days a question names ("on 17 December", "by 17 dec"): a sentence that answers it should be dated so. */
final class QuestionDates {
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");

    private QuestionDates() {}

    static List<MonthDay> of(String question) {
        List<MonthDay> days = new ArrayList<>();
        Matcher m = DAY_MONTH.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            for (java.time.Month month : java.time.Month.values()) {
                if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(m.group(2))) {
                    int day = Integer.parseInt(m.group(1));
                    if (day >= 1 && day <= month.maxLength()) {
                        days.add(MonthDay.of(month, day));
                    }
                }
            }
        }
        return days;
    }

    /** True when the question names no day, or the sentence has a date covering one it names. */
    static boolean matches(String question, SentenceRecord s) {
        List<MonthDay> days = of(question);
        return days.isEmpty() || !positions(days, s).isEmpty();
    }

    /** Where the sentence's dates covering the question's days start. */
    static List<Integer> positions(String question, SentenceRecord s) {
        return positions(of(question), s);
    }

    private static List<Integer> positions(List<MonthDay> days, SentenceRecord s) {
        List<Integer> out = new ArrayList<>();
        for (DateMention d : s.dates()) {
            if (d.start() == null && d.end() == null) {
                continue;
            }
            for (MonthDay day : days) {
                var point = d.end() != null ? d.end() : d.start();
                var from = d.start() != null ? d.start() : point;
                var to = d.end() != null ? d.end() : point;
                for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
                    if (MonthDay.from(date).equals(day)) {
                        out.add(d.span().start());
                    }
                }
            }
        }
        return out;
    }
}
