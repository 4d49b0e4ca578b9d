package dev.annalist.kb.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb}: build and query a knowledge base from the command line. */
@Command(name = "kb", mixinStandardHelpOptions = true, version = "kb 0.1.0",
        description = "Builds and queries the knowledge base of historical accounts.",
        subcommands = {IngestCommand.class, EntitiesCommand.class, TimelineCommand.class, SearchCommand.class, AskCommand.class,
                BenchmarkCommand.class})
public final class KbCommand implements Runnable {
    @Option(names = "--index", description = "Index folder (default: ${DEFAULT-VALUE}).", defaultValue = "data/index",
            scope = CommandLine.ScopeType.INHERIT)
    Path index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return CommandLines.execute(new KbCommand(), args);
    }
}
