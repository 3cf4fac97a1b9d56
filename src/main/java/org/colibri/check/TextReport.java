package org.colibri.check;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/** The same lines as {@code colibri build} prints. */
final class TextReport {

    private TextReport() {
    }

    static String render(List<Diagnostic> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            text.append(diagnostic.format()).append('\n');
        }
        return text.toString();
    }
}
