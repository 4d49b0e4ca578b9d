package dev.annalist.bot.timeline;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/timeline?from=YYYY-MM-DD&to=YYYY-MM-DD}: dated events in order, overlapping the range. */
@RestController
public class TimelineController {
    private final Timeline timeline;

    public TimelineController(Timeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/timeline")
    public List<TimelineEntry> timeline(@RequestParam(name = "from", required = false) String from,
                                        @RequestParam(name = "to", required = false) String to) {
        return timeline.between(Timeline.date("from", from), Timeline.date("to", to));
    }
}
