package org.colibri.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.colibri.build.BuildOptions;
import org.colibri.build.BuildPipeline;
import org.colibri.build.BuildResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code colibri build}: the whole site into the output folder, or nothing at all on error. */
@Command(name = "build", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Build the site into a folder any static host can serve.",
        footer = {"", "Exit codes: 0 built, 1 errors in the site (nothing written), 2 bad command line, 3 internal error or a file that cannot be read or written."})
public final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptionsMixin site;

    @Mixin
    CacheOptionsMixin cache;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: SOURCE/public).")
    Path output;

    @Mixin
    PublicationOptionsMixin publication;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Replace site.yml's baseUrl, e.g. for a preview deployment.")
    String baseUrl;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors: no warnings, no summary.")
    boolean quiet;

    @Option(names = "--timings", description = "Print how long each stage of the build took.")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        Path source = site.sourceRoot();
        Path target = (output != null ? output : source.resolve("public")).toAbsolutePath().normalize();
        checkPaths(source, target);
        BuildResult result = BuildPipeline.build(new BuildOptions(source, target, site.now(root.environment()),
                publication.drafts, publication.future, baseUrl, cache.cacheDir(source)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int errors = DiagnosticPrinter.print(result.diagnostics(), err, quiet);
        if (result.failed()) {
            err.println("Build failed with " + DiagnosticPrinter.count(Math.max(errors, 1), "error")
                    + "; " + display(source, target) + " was left unchanged.");
            err.flush();
            return ExitCodes.SITE_ERRORS;
        }
        if (!quiet) {
            long pages = result.snapshot().htmlPages();
            out.printf(Locale.ROOT, "Built %s (%s) in %.2f s into %s%n", DiagnosticPrinter.count(pages, "page"),
                    DiagnosticPrinter.count(result.snapshot().size(), "file"), result.elapsed().toMillis() / 1000.0,
                    display(source, target));
            if (timings) {
                result.timings().forEach(t -> out.printf(Locale.ROOT, "  %-36s %8.3f s%n", t.stage(),
                        t.duration().toNanos() / 1e9));
            }
            if (result.nextChange() != null) {
                out.println("Next change: " + result.nextChange().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        + " (an offer deadline passes or a dated item is due); rebuild then.");
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** The output folder is replaced as a whole: it must never be the site or hold it. */
    private void checkPaths(Path source, Path target) {
        if (source.startsWith(target) || target.startsWith(source.resolve("content"))
                || target.startsWith(source.resolve("templates"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + target
                    + " would replace the site's own files; choose a folder of its own, such as public/");
        }
    }

    private static String display(Path source, Path target) {
        return target.startsWith(source) ? source.relativize(target) + "/" : target + "/";
    }
}
