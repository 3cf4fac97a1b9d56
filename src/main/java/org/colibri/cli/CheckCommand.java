package org.colibri.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.colibri.build.BuildOptions;
import org.colibri.build.BuildPipeline;
import org.colibri.build.BuildResult;
import org.colibri.check.CheckOptions;
import org.colibri.check.CheckResult;
import org.colibri.check.ExternalLinkOptions;
import org.colibri.check.ReportFormat;
import org.colibri.check.SiteChecker;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code colibri check}: what {@code build} validates, plus links, anchors, images and offers; writes nothing. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Check links, images and offers without writing the site.",
            "Reports everything build validates, plus broken links and anchors, missing images and files, images"
                + " without alt text, open offers without contact or still marked open after their deadline,"
                + " articles without a usable summary, and tags spelled several ways."},
        footer = {"", "Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors in the site,"
                + " 2 bad command line, 3 internal error or a file that cannot be read or written."})
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptionsMixin site;

    @Mixin
    CacheOptionsMixin cache;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or github (GitHub Actions annotations).")
    ReportFormat format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--external", description = "Also check links to other sites (HEAD, then GET requests);"
            + " a dead one is a warning. Good answers are cached for a day in .colibri/cache/.")
    boolean external;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long --external waits for each site (default: 10).")
    int timeout;

    @Mixin
    PublicationOptionsMixin publication;

    @Override
    public Integer call() throws IOException {
        Path source = site.sourceRoot();
        if (timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be at least 1 second (got " + timeout + ")");
        }
        Environment environment = root.environment();
        BuildResult build = BuildPipeline.run(new BuildOptions(source, source.resolve("public"),
                site.now(environment), publication.drafts, publication.future, null, cache.cacheDir(source)));
        ExternalLinkOptions externalOptions = external ? ExternalLinkOptions.defaults(source,
                environment.clock().instant(), Duration.ofSeconds(timeout)) : null;
        CheckResult result = SiteChecker.check(build, new CheckOptions(source, externalOptions));

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String report = format.render(result.diagnostics(), githubPrefix(source, environment));
        (format == ReportFormat.TEXT ? err : out).print(report);
        boolean failed = result.errors() > 0 || (strict && result.warnings() > 0);
        PrintWriter summaryTo = format == ReportFormat.TEXT && result.diagnostics().isEmpty() ? out : err;
        summaryTo.println(summary(result, failed));
        out.flush();
        err.flush();
        return failed ? ExitCodes.SITE_ERRORS : ExitCodes.OK;
    }

    private String summary(CheckResult result, boolean failed) {
        String checked = "Checked " + DiagnosticPrinter.count(result.pages(), "page") + " and "
                + DiagnosticPrinter.count(result.links(), "link") + (external ? " (external ones too)" : "");
        if (result.diagnostics().isEmpty()) {
            return checked + ": no problems found.";
        }
        String found = result.errors() == 0 ? DiagnosticPrinter.count(result.warnings(), "warning")
                : result.warnings() == 0 ? DiagnosticPrinter.count(result.errors(), "error")
                : DiagnosticPrinter.count(result.errors(), "error") + " and "
                        + DiagnosticPrinter.count(result.warnings(), "warning");
        if (!failed) {
            return checked + ": " + found + ".";
        }
        return checked + ": " + found + (result.errors() == 0 ? " (--strict makes warnings fail)" : "")
                + "; fix them before publishing.";
    }

    /**
     * GitHub annotations name files from the repository's root; the site may be a folder of it.
     * The workspace is {@code GITHUB_WORKSPACE} on a runner, else the current folder.
     */
    private static String githubPrefix(Path source, Environment environment) {
        String workspace = environment.variables().get("GITHUB_WORKSPACE");
        Path root = (workspace != null && !workspace.isBlank() ? Path.of(workspace) : Path.of(""))
                .toAbsolutePath().normalize();
        if (!source.startsWith(root) || source.equals(root)) {
            return "";
        }
        return root.relativize(source).toString().replace('\\', '/') + "/";
    }
}
