package org.colibri.serve;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;

/**
 * The box a page shows while the last save does not build: the same lines the terminal prints,
 * over the last good version of the page. Styled inline so that no site stylesheet hides it.
 */
final class ErrorOverlay {

    static final String ID = "colibri-errors";

    private ErrorOverlay() {
    }

    /** The overlay's HTML, or an empty string when there is no error. */
    static String html(List<Diagnostic> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        long count = errors.stream().filter(Diagnostic::isError).count();
        StringBuilder html = new StringBuilder(512);
        html.append("<div id=\"").append(ID).append("\" role=\"alert\" style=\"position:fixed;top:0;left:0;right:0;"
                + "z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1rem 1.25rem;"
                + "background:#3a0d0d;color:#ffe3e3;border-bottom:4px solid #ff6b6b;"
                + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left\">");
        html.append("<strong style=\"font-size:15px\">Colibri: the site does not build (")
                .append(count).append(count == 1 ? " error" : " errors")
                .append("). This is the last version that built; fix the file and save.</strong>");
        html.append("<pre style=\"white-space:pre-wrap;margin:.5rem 0 0;font:inherit;color:inherit;background:none\">");
        for (Diagnostic diagnostic : errors) {
            html.append(escape(diagnostic.format())).append('\n');
        }
        html.append("</pre></div>");
        return html.toString();
    }

    static String escape(String text) {
        return org.colibri.output.TextEscapes.markup(text);
    }
}
