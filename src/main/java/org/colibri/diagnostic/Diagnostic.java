package org.colibri.diagnostic;

import java.util.Comparator;

/**
 * One problem: where it is, how serious, what is wrong and how to fix it.
 *
 * @param rule a short stable identifier for machine-readable reports (e.g. {@code yaml}, {@code link})
 */
public record Diagnostic(Severity severity, SourceLocation location, String message, String rule)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.location().path())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, location, message, "build");
    }

    public static Diagnostic warning(SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, location, message, "build");
    }

    public Diagnostic withRule(String newRule) {
        return new Diagnostic(severity, location, message, newRule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form every command prints: {@code path:line[:col]: severity: message}. */
    public String format() {
        return location.format() + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
