package org.colibri.check;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), which the runner
 * turns into annotations on the changed files. Escaping follows the runner's rules: {@code %},
 * CR and LF everywhere, plus {@code :} and {@code ,} in properties.
 */
final class GithubReport {

    private GithubReport() {
    }

    static String render(List<Diagnostic> diagnostics, String pathPrefix) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append("::").append(d.isError() ? "error" : "warning")
                    .append(" file=").append(property(pathPrefix + d.location().path()));
            if (d.location().line() > 0) {
                out.append(",line=").append(d.location().line());
                if (d.location().column() > 0) {
                    out.append(",col=").append(d.location().column());
                }
            }
            out.append(",title=").append(property("colibri " + d.rule()))
                    .append("::").append(data(d.message())).append('\n');
        }
        return out.toString();
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
