package dev.annalist.kb.cli;

import picocli.CommandLine;

/** Runs a picocli command the way every Annalist command line does: errors as one clear line, no stack trace. */
public final class CommandLines {
    private CommandLines() {}

    public static int execute(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
