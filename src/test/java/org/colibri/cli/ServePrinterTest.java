package org.colibri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.colibri.build.BuildResult;
import org.colibri.build.SourceChanges;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.output.OutputFile;
import org.colibri.output.SiteSnapshot;
import org.colibri.serve.BuildEvent;
import org.junit.jupiter.api.Test;

/** What {@code serve} prints in the terminal after each build. */
class ServePrinterTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final ServePrinter printer = new ServePrinter(new PrintWriter(out), new PrintWriter(err), false);

    static final Diagnostic ERROR = Diagnostic.error(SourceLocation.of("content/articles/a.md", 3),
            "'date' is not a date (got \"hier\"); write it as 2024-10-26 or 2024-10-26T09:30:00+02:00");
    static final Diagnostic WARNING = Diagnostic.warning(SourceLocation.of("content/articles/b.md", 2),
            "unknown key 'titel'; did you mean 'title'?");

    private static BuildResult good(List<Diagnostic> diagnostics) {
        SiteSnapshot snapshot = SiteSnapshot.of(List.of(OutputFile.rendered("index.html", new byte[0], "home")),
                new Diagnostics());
        return new BuildResult(snapshot, null, diagnostics, Duration.ofMillis(42), List.of());
    }

    private static BuildResult bad(List<Diagnostic> diagnostics) {
        return new BuildResult(null, null, diagnostics, Duration.ofMillis(7), List.of());
    }

    @Test
    void aRebuildPrintsOneLineWithWhatChanged() {
        printer.built(new BuildEvent(good(List.of()), SourceChanges.of(Set.of("content/articles/a.md")),
                List.of("articles/a/index.html", "index.html"), 2));
        assertThat(out.toString()).isEqualTo(
                "Rebuilt in 42 ms after content/articles/a.md: 2 files changed, 2 pages rendered.\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theFirstBuildSaysHowManyPages() {
        printer.built(new BuildEvent(good(List.of()), SourceChanges.everything(), List.of("index.html"), 1));
        assertThat(out.toString()).isEqualTo("Built 1 page in 0.04 s.\n");
    }

    @Test
    void aFailedRebuildPrintsTheBuildLinesAndKeepsServing() {
        printer.built(new BuildEvent(bad(List.of(ERROR)), SourceChanges.of(Set.of("content/articles/a.md")),
                List.of(), 0));
        assertThat(err.toString().lines()).containsExactly(ERROR.format(),
                "Rebuild failed with 1 error; still serving the last good site.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void warningsArePrintedWhenTheyAppearNotOnEveryRebuild() {
        SourceChanges change = SourceChanges.of(Set.of("content/articles/b.md"));
        printer.built(new BuildEvent(good(List.of(WARNING)), change, List.of(), 0));
        printer.built(new BuildEvent(good(List.of(WARNING)), change, List.of(), 0));
        assertThat(err.toString().lines()).containsExactly(WARNING.format());
        printer.built(new BuildEvent(good(List.of()), change, List.of(), 0));
        printer.built(new BuildEvent(good(List.of(WARNING)), change, List.of(), 0));
        assertThat(err.toString().lines()).containsExactly(WARNING.format(), WARNING.format());
    }

    @Test
    void aBugWhileRebuildingIsOneLineThatSaysHowToReportIt() {
        printer.crashed(new IOException("disk on fire"));
        assertThat(err.toString().lines()).containsExactly("internal error: java.io.IOException: disk on fire;"
                + " still serving the last good site; run again with --verbose to see the stack trace,"
                + " and report it to the Colibri developers");
    }

    @Test
    void aBugWhileRebuildingShowsItsStackTraceWithVerbose() {
        ServePrinter verbose = new ServePrinter(new PrintWriter(out), new PrintWriter(err), true);
        verbose.crashed(new IllegalStateException("bug"));
        assertThat(err.toString()).startsWith("internal error: java.lang.IllegalStateException: bug;"
                + " still serving the last good site\njava.lang.IllegalStateException: bug\n\tat ");
    }
}
