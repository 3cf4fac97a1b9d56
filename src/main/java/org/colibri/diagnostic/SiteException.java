package org.colibri.diagnostic;

import java.util.List;

/** Thrown when a stage cannot go on; carries the diagnostics that explain why. */
public final class SiteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public SiteException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "site error" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public SiteException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
