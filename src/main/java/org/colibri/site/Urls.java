package org.colibri.site;

/**
 * Turns site paths ({@code /articles/x/}) into the links a deployed page uses. Internal links are
 * root-relative and carry the base URL's path, so a site deployed under {@code /site/} works.
 *
 * @param baseUrl  absolute, ending with {@code /}
 * @param basePath the base URL's path, starting and ending with {@code /}
 */
public record Urls(String baseUrl, String basePath) {

    /** The link for a site path: {@code /articles/x/} → {@code /site/articles/x/}. */
    public String link(String sitePath) {
        if (isExternal(sitePath)) {
            return sitePath;
        }
        String rest = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return basePath + rest;
    }

    /** The absolute URL for a site path: {@code /articles/x/} → {@code https://example.org/site/articles/x/}. */
    public String absolute(String sitePath) {
        if (isExternal(sitePath)) {
            return sitePath;
        }
        String rest = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return baseUrl + rest;
    }

    /** The file under the output folder that serves a site path ({@code /a/} → {@code a/index.html}). */
    public static String outputPath(String sitePath) {
        String rest = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest;
    }

    /** True for URLs with a scheme ({@code https:}, {@code mailto:}) or protocol-relative ones. */
    public static boolean isExternal(String url) {
        if (url.startsWith("//")) {
            return true;
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
