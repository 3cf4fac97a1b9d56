package org.colibri.cli;

import java.io.PrintWriter;
import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/** Prints diagnostics one per line, as {@code path:line[:column]: severity: message}. */
final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    /** Prints errors, and warnings unless {@code quiet}. Returns the number of errors. */
    static int print(List<Diagnostic> diagnostics, PrintWriter err, boolean quiet) {
        int errors = 0;
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                errors++;
            } else if (quiet) {
                continue;
            }
            err.println(diagnostic.format());
        }
        err.flush();
        return errors;
    }

    static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
