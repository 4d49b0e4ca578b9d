package dev.annalist.bot.timeline;

import dev.annalist.bot.web.BadRequestException;
import dev.annalist.kb.KnowledgeBase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dated events every channel shows (web API, Telegram), with one reading of the date bounds users type. */
@Component
public class Timeline {
    private final KnowledgeBase knowledgeBase;

    public Timeline(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Events overlapping the range in date order; a null bound is open. */
    public List<TimelineEntry> between(LocalDate from, LocalDate to) {
        return knowledgeBase.timeline(from, to).stream().map(TimelineEntry::of).toList();
    }

    /** Null for a blank value; throws {@link BadRequestException} with a user-fit message for a malformed one. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date like 1941-12-20, not '" + value + "'");
        }
    }
}
