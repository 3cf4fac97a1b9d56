package org.colibri.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.serve.BuildEvent;
import org.colibri.serve.ServeListener;

/**
 * Tells the terminal what {@code serve} does: the same diagnostic lines as {@code build} (errors
 * every time, warnings the first time they appear), then one line per rebuild.
 */
final class ServePrinter implements ServeListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private Set<Diagnostic> warned = new HashSet<>();

    ServePrinter(PrintWriter out, PrintWriter err, boolean verbose) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public synchronized void listening(java.net.URI url) {
        out.println("Building the site for " + url + " ...");
        out.flush();
    }

    @Override
    public synchronized void built(BuildEvent event) {
        List<Diagnostic> diagnostics = event.result().diagnostics();
        Set<Diagnostic> warnings = new HashSet<>();
        int errors = 0;
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                errors++;
                err.println(diagnostic.format());
            } else {
                warnings.add(diagnostic);
                if (!warned.contains(diagnostic)) {
                    err.println(diagnostic.format());
                }
            }
        }
        warned = warnings;
        err.flush();
        boolean first = event.changes().all();
        long millis = event.result().elapsed().toMillis();
        if (event.result().failed()) {
            err.println((first ? "The site does not build" : "Rebuild failed") + " with "
                    + DiagnosticPrinter.count(Math.max(errors, 1), "error") + "; "
                    + (first ? "pages show the errors until a save fixes them." : "still serving the last good site."));
            err.flush();
            return;
        }
        if (first) {
            out.printf(Locale.ROOT, "Built %s in %.2f s.%n", DiagnosticPrinter.count(event.result().snapshot().htmlPages(),
                    "page"), millis / 1000.0);
        } else {
            out.printf(Locale.ROOT, "Rebuilt in %d ms after %s: %s changed, %s rendered.%n", millis,
                    what(event), DiagnosticPrinter.count(event.changed().size(), "file"),
                    DiagnosticPrinter.count(event.pagesRendered(), "page"));
        }
        out.flush();
    }

    private static String what(BuildEvent event) {
        List<String> paths = event.changes().paths().stream().sorted().toList();
        if (paths.size() == 1) {
            return paths.get(0);
        }
        return paths.size() + " changes (" + String.join(", ", paths.subList(0, Math.min(3, paths.size())))
                + (paths.size() > 3 ? ", ..." : "") + ")";
    }

    @Override
    public synchronized void crashed(Exception error) {
        err.println("internal error: " + error + "; still serving the last good site"
                + (verbose ? "" : "; run again with --verbose to see the stack trace, and report it to the Colibri developers"));
        if (verbose) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
    }
}
