package org.colibri.check;

/**
 * Where a URL found in a page leads.
 *
 * @param kind       what it is
 * @param sitePath   for internal URLs, the decoded path without the base path ({@code /articles/x/}), else null
 * @param outputPath for internal URLs, the file that serves it ({@code articles/x/index.html}), else null
 * @param fragment   the decoded {@code #fragment} without {@code #}, or null
 */
record Target(Kind kind, String sitePath, String outputPath, String fragment) {

    enum Kind {
        /** An http(s) URL of another site. */
        EXTERNAL,
        /** mailto:, tel:, data: and other schemes that are not pages. */
        OTHER_SCHEME,
        /** A file of the built site. */
        FOUND,
        /** A path of the site where nothing is built. */
        MISSING,
        /** A path above the site's base path, or above the root. */
        OUTSIDE
    }

    boolean isInternal() {
        return kind == Kind.FOUND || kind == Kind.MISSING;
    }

    boolean isHtml() {
        return outputPath != null && outputPath.endsWith(".html");
    }
}
