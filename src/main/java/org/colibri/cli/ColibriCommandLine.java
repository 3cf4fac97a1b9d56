package org.colibri.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;

/**
 * Builds the configured {@code colibri} command line: output writers, exit codes, one-line usage
 * errors and internal errors without a stack trace unless {@code --verbose}.
 */
public final class ColibriCommandLine {

    private ColibriCommandLine() {
    }

    /** The subcommands, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** The command line with every subcommand. */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment) {
        return create(out, err, environment, null);
    }

    /**
     * The command line for {@code args}: when they name a command other than {@code help}, only
     * that one is registered. picocli reads every registered command's annotations when it is
     * built, a tenth of a second before a build can start; the others are needed only to list them.
     */
    public static CommandLine create(PrintWriter out, PrintWriter err, Environment environment, String[] args) {
        CommandLine cli = new CommandLine(new RootCommand(environment));
        String named = args == null ? null : commandNamed(args);
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof CommandLine.ParameterException usage) {
                return usageError(usage, err);
            }
            PrintWriter e = err;
            java.io.IOException io = ioFailure(exception);
            if (io != null) {
                // A full disk or a folder without write permission: the machine's state, not a bug.
                e.println("error: cannot read or write a file (" + describe(io)
                        + "); check the free disk space and the folders' permissions, then run again");
                e.flush();
                return ExitCodes.INTERNAL;
            }
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
        cli.setParameterExceptionHandler((usage, rejected) -> usageError(usage, err));
        return cli;
    }

    /** The input/output failure behind {@code exception}, if that is what it is. */
    private static java.io.IOException ioFailure(Exception exception) {
        if (exception instanceof java.io.IOException io) {
            return io;
        }
        return exception instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : null;
    }

    /** The file and the system's reason, as {@code path: reason}, or the exception's message. */
    private static String describe(java.io.IOException io) {
        if (io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() != null ? fs.getReason() : io.getClass().getSimpleName()
                    .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            return fs.getFile() + ": " + reason;
        }
        return io.getMessage() != null ? io.getMessage() : io.getClass().getSimpleName();
    }

    /** The command the arguments name, or null when they name none, an unknown one or {@code help}. */
    private static String commandNamed(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return COMMANDS.containsKey(arg) && !arg.equals("help") ? arg : null;
            }
        }
        return null;
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
