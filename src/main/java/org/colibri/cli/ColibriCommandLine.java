package org.colibri.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * Builds the configured {@code colibri} command line: output writers, exit codes, one-line usage
 * errors and internal errors without a stack trace unless {@code --verbose}.
 */
public final class ColibriCommandLine {

    private ColibriCommandLine() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cli = new CommandLine(new RootCommand(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof CommandLine.ParameterException usage) {
                return usageError(usage, err);
            }
            PrintWriter e = err;
            e.println("internal error: " + exception + (verbose(parseResult) ? ""
                    : "; run again with --verbose to see the stack trace, and report it to the Colibri developers"));
            if (verbose(parseResult)) {
                StringWriter trace = new StringWriter();
                exception.printStackTrace(new PrintWriter(trace));
                e.print(trace);
            }
            e.flush();
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((usage, args) -> usageError(usage, err));
        return cli;
    }

    private static int usageError(CommandLine.ParameterException usage, PrintWriter err) {
        CommandLine command = usage.getCommandLine();
        err.println("colibri: " + usage.getMessage());
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean verbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
