package dev.annalist.kb.ingest;

/** A file that was skipped, or loaded with a caveat, and why, in words a user can act on. */
public record LoadProblem(String source, Severity severity, String message) {
    public enum Severity { SKIPPED, WARNING }

    @Override
    public String toString() {
        return (severity == Severity.SKIPPED ? "skipped " : "warning: ") + source + ": " + message;
    }
}
