package dev.annalist.kb.ingest;

import java.util.List;

/** What a load produced: the documents it could read and the problems it met. */
public record LoadReport(List<SourceDocument> documents, List<LoadProblem> problems) {
    public LoadReport {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
