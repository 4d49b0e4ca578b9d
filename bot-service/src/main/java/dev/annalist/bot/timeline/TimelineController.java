package dev.annalist.bot.timeline;

import dev.annalist.bot.web.BadRequestException;
import dev.annalist.kb.KnowledgeBase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/timeline?from=YYYY-MM-DD&to=YYYY-MM-DD}: dated events in order, overlapping the range. */
@RestController
public class TimelineController {
    private final KnowledgeBase knowledgeBase;

    public TimelineController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/api/timeline")
    public List<TimelineEntry> timeline(@RequestParam(name = "from", required = false) String from,
                                        @RequestParam(name = "to", required = false) String to) {
        return knowledgeBase.timeline(date("from", from), date("to", to)).stream().map(TimelineEntry::of).toList();
    }

    private static LocalDate date(String name, String value) {
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
