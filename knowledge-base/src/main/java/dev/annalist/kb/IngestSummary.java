package dev.annalist.kb;

import dev.annalist.kb.ingest.LoadProblem;
import java.util.List;

/** What an ingestion did: counts, time, whether it rebuilt the index, and the files it skipped or doubted. */
public record IngestSummary(int files, int sentences, int entities, int events, int relations, long millis,
                            boolean rebuilt, List<LoadProblem> problems) {
    public IngestSummary {
        problems = List.copyOf(problems);
    }
}
