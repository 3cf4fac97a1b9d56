package org.colibri.check;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/**
 * A JSON array with one object per finding, for editors' tools and dashboards. Unknown lines and
 * columns are {@code null}. Written by hand: the format is tiny and this keeps a dependency out.
 */
final class JsonReport {

    private JsonReport() {
    }

    static String render(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "[]\n";
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            json.append("  {\"path\": ").append(string(d.location().path()))
                    .append(", \"line\": ").append(number(d.location().line()))
                    .append(", \"column\": ").append(number(d.location().column()))
                    .append(", \"severity\": ").append(string(d.severity().label()))
                    .append(", \"rule\": ").append(string(d.rule()))
                    .append(", \"message\": ").append(string(d.message()))
                    .append(i + 1 < diagnostics.size() ? "},\n" : "}\n");
        }
        return json.append("]\n").toString();
    }

    private static String number(int value) {
        return value > 0 ? Integer.toString(value) : "null";
    }

    /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259); the rest as is, in UTF-8. */
    static String string(String value) {
        return value == null ? "null" : org.colibri.output.TextEscapes.json(value);
    }
}
