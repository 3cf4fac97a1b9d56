package org.colibri.check;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/** How {@code colibri check} prints its findings. */
public enum ReportFormat {
    /** {@code path:line:col: severity: message}, one per line, like {@code build}. */
    TEXT,
    /** A JSON array of {@code {path, line, column, severity, rule, message}} objects. */
    JSON,
    /** GitHub Actions workflow commands, shown as annotations on the files of a pull request. */
    GITHUB;

    /**
     * @param pathPrefix what to put before site-relative paths so that they are relative to the
     *                   repository (GitHub annotations only; empty when the site is the repository)
     */
    public String render(List<Diagnostic> diagnostics, String pathPrefix) {
        return switch (this) {
            case TEXT -> TextReport.render(diagnostics);
            case JSON -> JsonReport.render(diagnostics);
            case GITHUB -> GithubReport.render(diagnostics, pathPrefix);
        };
    }
}
