package org.colibri.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one run. Stages add to it and go on, so that one build reports every
 * problem at once. Thread-safe: content is parsed in parallel.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    public void error(SourceLocation location, String message) {
        add(Diagnostic.error(location, message));
    }

    public void warning(SourceLocation location, String message) {
        add(Diagnostic.warning(location, message));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics, sorted by path, line and column, without duplicates. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }
}
