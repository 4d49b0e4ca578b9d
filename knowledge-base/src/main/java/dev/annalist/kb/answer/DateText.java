package dev.annalist.kb.answer;

import dev.annalist.kb.time.DateMention;

/** How a date reads in an answer: the account's words from the day on ("30 December", not "At dawn on 30 December"). */
final class DateText {
    private DateText() {}

    static String of(DateMention date) {
        String surface = date.surface().strip();
        for (int i = 0; i < surface.length(); i++) {
            if (Character.isDigit(surface.charAt(i))) {
                return surface.substring(i);
            }
        }
        return surface;
    }
}
