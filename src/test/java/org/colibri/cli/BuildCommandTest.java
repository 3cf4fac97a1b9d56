package org.colibri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line contract: summary, quiet mode, exit codes, --now and usage errors. */
class BuildCommandTest {

    @TempDir
    Path dir;

    private FixtureSite site() {
        return FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/offers/stage.md --
                ---
                title: Stage
                date: 2024-11-04
                type: stage
                deadline: 2024-11-30
                dealine: oups
                ---
                Texte.
                """);
    }

    @Test
    void printsASummaryWithTheNextChange() {
        FixtureSite.Run run = site().build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("^Built \\d+ pages \\(\\d+ files\\) in \\d+\\.\\d\\d s into public/\n")
                .contains("Next change: 2024-12-01T00:00:00+01:00 (an offer deadline passes or a dated item is due);"
                        + " rebuild then.");
        assertThat(run.err()).isEqualTo("content/offers/stage.md:6: warning: unknown key 'dealine'; did you mean"
                + " 'deadline'?\n");
    }

    @Test
    void quietPrintsOnlyErrors() {
        FixtureSite.Run run = site().build("--quiet");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rejectsAnInvalidNowAsAUsageError() {
        FixtureSite.Run run = site().run("build", "--now", "demain");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "colibri: Invalid value for option '--now': 'demain' is not a date; write it like 2024-12-01 or"
                        + " 2024-12-01T09:30:00+01:00",
                "Run 'colibri build --help' for the options.");
        assertThat(site().exists("index.html")).isFalse();
    }

    @Test
    void rejectsAnUnknownOptionAsAUsageError() {
        FixtureSite.Run run = site().run("build", "--brouillons");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().asString().isEqualTo("colibri: Unknown option: '--brouillons'");
    }

    @Test
    void refusesAnOutputFolderThatWouldReplaceTheSite() {
        FixtureSite site = site();
        FixtureSite.Run run = site.run("build", "--output", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("colibri: --output " + dir + " would replace the site's own files;"
                + " choose a folder of its own, such as public/");
        FixtureSite.Run inContent = site.run("build", "--output", dir.resolve("content/public").toString());
        assertThat(inContent.exitCode()).isEqualTo(2);
    }

    @Test
    void usesSourceDateEpochWhenNowIsNotGiven() {
        FixtureSite site = site();
        // 2024-12-05: the internship's deadline has passed.
        FixtureSite.Run run = site.runWith(Map.of("SOURCE_DATE_EPOCH", "1733400000"), "build");
        assertThat(run.exitCode()).isZero();
        assertThat(site.html("offers/stage/index.html").select(".badge-closed").text()).isEqualTo("Candidatures closes");
        FixtureSite.Run clock = site.run("build");
        assertThat(clock.exitCode()).isZero();
        assertThat(site.html("offers/stage/index.html").select(".badge-open")).hasSize(1);
    }

    /** What {@code colibri panne ARGS} printed on stderr and exited with, {@code command} standing for panne. */
    private record Failure(int exitCode, String err) {
    }

    private static Failure execute(Object command, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ColibriCommandLine.create(new PrintWriter(new StringWriter()), new PrintWriter(err),
                new Environment(Map.of(), Clock.systemUTC()));
        cli.addSubcommand("panne", command);
        String[] all = new String[args.length + 1];
        all[0] = "panne";
        System.arraycopy(args, 0, all, 1, args.length);
        int exitCode = cli.execute(all);
        return new Failure(exitCode, err.toString());
    }

    @Test
    void reportsAnInternalErrorInOneLineWithExitCode3() {
        Failure failure = execute(new Panne());
        assertThat(failure.exitCode()).isEqualTo(3);
        assertThat(failure.err()).isEqualTo("internal error: java.lang.IllegalStateException: boum; run again with"
                + " --verbose to see the stack trace, and report it to the Colibri developers\n");

        Failure verbose = execute(new Panne(), "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(3);
        assertThat(verbose.err()).contains("at org.colibri.cli.BuildCommandTest$Panne.call");
    }

    @Test
    void reportsAFileThatCannotBeWrittenWithoutAStackTrace() {
        Failure failure = execute(new DisquePlein());
        assertThat(failure.exitCode()).isEqualTo(3);
        assertThat(failure.err()).isEqualTo("error: cannot read or write a file (public/index.html: No space left on"
                + " device); check the free disk space and the folders' permissions, then run again\n");
    }

    @Test
    void aBuildThatCannotCreateItsOutputFolderSaysWhichAndLeavesNoStagingFolder() throws IOException {
        FixtureSite site = FixtureSite.create(dir.resolve("site"), FixtureSite.SITE_YML);
        Files.writeString(dir.resolve("fichier"), "pas un dossier");
        FixtureSite.Run run = site.build("--output", dir.resolve("fichier/public").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: cannot read or write a file (").contains("fichier")
                .doesNotContain("internal error").doesNotContain("\tat ");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "fichier");
        }
    }

    @CommandLine.Command(name = "panne")
    static final class DisquePlein implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            throw new FileSystemException("public/index.html", null, "No space left on device");
        }
    }

    @CommandLine.Command(name = "panne")
    static final class Panne implements Callable<Integer> {
        @CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new IllegalStateException("boum");
        }
    }
}
