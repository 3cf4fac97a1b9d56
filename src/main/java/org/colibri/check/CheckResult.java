package org.colibri.check;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/**
 * What a check found.
 *
 * @param diagnostics the build's and the checks' findings together, sorted by path and line
 * @param pages       HTML pages checked
 * @param links       URLs checked in the content
 */
public record CheckResult(List<Diagnostic> diagnostics, long pages, int links) {

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
