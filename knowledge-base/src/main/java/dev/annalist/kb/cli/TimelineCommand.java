package dev.annalist.kb.cli;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.store.JsonCodec;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", description = "Lists dated events in date order.")
final class TimelineCommand extends IndexOptions implements Callable<Integer> {
    @Option(names = "--from", description = "Earliest date, YYYY-MM-DD.")
    LocalDate from;

    @Option(names = "--to", description = "Latest date, YYYY-MM-DD.")
    LocalDate to;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (KnowledgeBase kb = openWithContent()) {
            List<DatedEvent> events = kb.timeline(from, to);
            if (json) {
                System.out.println(JsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
                        events.stream().map(TimelineCommand::view).toList()));
                return 0;
            }
            for (DatedEvent e : events) {
                System.out.printf("%-23s %-32s %s%n", e.date().iso(), "\"" + e.date().surface() + "\"", e.sentenceText());
                System.out.printf("    %s: %s%n", e.verb().isEmpty() ? "-" : e.verb(), String.join(", ", e.entities()));
            }
            System.out.printf("%d events%n", events.size());
        }
        return 0;
    }

    /** The documented JSON shape of one timeline entry. */
    static Map<String, Object> view(DatedEvent e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id());
        v.put("start", e.date().start() == null ? null : e.date().start().toString());
        v.put("end", e.date().end() == null ? null : e.date().end().toString());
        v.put("iso", e.date().iso());
        v.put("granularity", e.date().granularity());
        v.put("surface", e.date().surface());
        v.put("verb", e.verb());
        v.put("source", e.source());
        v.put("sentence", e.sentence());
        v.put("text", e.sentenceText());
        v.put("people", e.people());
        v.put("units", e.units());
        v.put("places", e.places());
        return v;
    }
}
