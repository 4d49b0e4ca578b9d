package dev.annalist.kb.cli;

import dev.annalist.kb.IngestSummary;
import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.ingest.LoadReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Builds the index from accounts (.txt, .md, .html files or folders).")
final class IngestCommand extends IndexOptions implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--max-file-mb", defaultValue = "16", description = "Skip files larger than this (default: ${DEFAULT-VALUE} MB).")
    long maxFileMb;

    @Override
    public Integer call() throws Exception {
        LoadReport report = new AccountLoader(maxFileMb * 1024 * 1024).load(paths, System.err);
        report.problems().forEach(p -> System.err.println(p));
        if (report.documents().isEmpty()) {
            System.err.println("nothing to ingest: no readable account among the given paths; the index is unchanged");
            return 2;
        }
        try (KnowledgeBase kb = open()) {
            IngestSummary s = kb.ingest(report, System.err);
            System.out.printf("%s %d files: %d sentences, %d entities, %d events, %d relations in %d ms (index %s)%n",
                    s.rebuilt() ? "ingested" : "unchanged, already indexed:", s.files(), s.sentences(), s.entities(),
                    s.events(), s.relations(), s.millis(), parent.storeSettings().describe());
            if (!report.problems().isEmpty()) {
                System.out.printf("%d file(s) skipped or read with a warning (see above)%n", report.problems().size());
            }
        }
        return 0;
    }
}
