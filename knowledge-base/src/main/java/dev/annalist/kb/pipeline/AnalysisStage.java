package dev.annalist.kb.pipeline;

/** One step of the ingestion pipeline: takes an account and returns it enriched. Testable alone. */
@FunctionalInterface
public interface AnalysisStage {
    AnalyzedAccount apply(AnalyzedAccount account);
}
