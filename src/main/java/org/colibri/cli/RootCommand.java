package org.colibri.cli;

import picocli.CommandLine.Command;

/** {@code colibri}: the command that holds the others (registered by {@link ColibriCommandLine}). */
@Command(name = "colibri", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Colibri turns Markdown articles and offers into a static website.",
        footer = {"", "Run 'colibri help COMMAND' for a command's options."})
public final class RootCommand implements Runnable {

    private final Environment environment;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public RootCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        // No command given: show what there is.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
