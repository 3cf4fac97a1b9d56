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
