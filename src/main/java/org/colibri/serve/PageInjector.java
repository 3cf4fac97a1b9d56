package org.colibri.serve;

import java.nio.charset.StandardCharsets;

/**
 * Adds serve-only HTML to a page as it is sent: the live-reload script and, while the site does
 * not build, the error overlay. It goes before the last {@code </body>}, or at the end of a page
 * without one. The built pages themselves never contain it.
 */
final class PageInjector {

    static final String SCRIPT_PATH = "/__colibri/livereload.js";

    private PageInjector() {
    }

    /**
     * @param page    the output path the page was served for, or {@code *} for a page that should
     *                reload after any rebuild (404 and error pages)
     * @param version the served site's version
     */
    static String snippet(String page, long version, String overlay) {
        return overlay + "<script src=\"" + SCRIPT_PATH + "\" data-page=\"" + ErrorOverlay.escape(page)
                + "\" data-version=\"" + version + "\"></script>";
    }

    static byte[] inject(byte[] html, String snippet) {
        String text = new String(html, StandardCharsets.UTF_8);
        int body = lastBodyEnd(text);
        String result = body < 0 ? text + snippet : text.substring(0, body) + snippet + text.substring(body);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** The last {@code </body>} in any case, or -1 (lower-casing the page could shift indexes). */
    private static int lastBodyEnd(String text) {
        for (int i = text.lastIndexOf('<'); i >= 0; i = i == 0 ? -1 : text.lastIndexOf('<', i - 1)) {
            if (text.regionMatches(true, i, "</body>", 0, 7)) {
                return i;
            }
        }
        return -1;
    }
}
