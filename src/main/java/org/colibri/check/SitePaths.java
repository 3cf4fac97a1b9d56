package org.colibri.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.colibri.output.SiteSnapshot;
import org.colibri.site.Urls;

/**
 * Resolves the URLs of a built page the way a browser would, against the page's own address,
 * and looks the result up in the snapshot: {@code /site/articles/x/} is {@code articles/x/index.html}.
 */
final class SitePaths {

    private final Urls urls;
    private final SiteSnapshot snapshot;

    SitePaths(Urls urls, SiteSnapshot snapshot) {
        this.urls = urls;
        this.snapshot = snapshot;
    }

    /**
     * @param url      as found in the page
     * @param pageLink the page's own link, with the base path ({@code /site/articles/x/})
     */
    Target resolve(String url, String pageLink) {
        String value = url.strip();
        int hash = value.indexOf('#');
        String fragment = hash < 0 ? null : decode(value.substring(hash + 1));
        String beforeFragment = hash < 0 ? value : value.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        String path = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
        if (Urls.isExternal(value)) {
            String site = sitePart(value);
            if (site == null) {
                String lower = value.toLowerCase(Locale.ROOT);
                return new Target(lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")
                        ? Target.Kind.EXTERNAL : Target.Kind.OTHER_SCHEME, null, null, fragment);
            }
            path = site.indexOf('?') >= 0 ? site.substring(0, site.indexOf('?')) : site;
            path = path.indexOf('#') >= 0 ? path.substring(0, path.indexOf('#')) : path;
        }
        if (path.isEmpty()) {
            path = pageLink; // "#x" and "?x" stay on the page
        } else if (!path.startsWith("/")) {
            path = pageLink.substring(0, pageLink.lastIndexOf('/') + 1) + path;
        }
        String normalized = normalize(decode(path));
        String base = urls.basePath();
        if (normalized == null || !(normalized + (normalized.endsWith("/") ? "" : "/")).startsWith(base)) {
            return new Target(Target.Kind.OUTSIDE, normalized, null, fragment);
        }
        String rest = normalized.length() < base.length() ? "" : normalized.substring(base.length());
        String sitePath = "/" + rest;
        String output = Urls.outputPath(sitePath);
        if (snapshot.get(output).isPresent()) {
            return new Target(Target.Kind.FOUND, sitePath, output, fragment);
        }
        // Most static hosts answer /articles/x with /articles/x/index.html.
        String folder = rest + "/index.html";
        if (!rest.isEmpty() && !rest.endsWith("/") && snapshot.get(folder).isPresent()) {
            return new Target(Target.Kind.FOUND, sitePath, folder, fragment);
        }
        return new Target(Target.Kind.MISSING, sitePath, output, fragment);
    }

    /** For an absolute URL under the site's base URL, its path ({@code /site/x/}); null for other sites. */
    private String sitePart(String url) {
        String base = urls.baseUrl();
        String withoutScheme = stripScheme(url);
        String baseWithoutScheme = stripScheme(base);
        if (withoutScheme == null || baseWithoutScheme == null) {
            return null;
        }
        String host = baseWithoutScheme.substring(0, baseWithoutScheme.indexOf('/'));
        String lower = withoutScheme.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(host.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String rest = withoutScheme.substring(host.length());
        if (rest.isEmpty()) {
            return "/";
        }
        return "/?#".indexOf(rest.charAt(0)) >= 0 ? (rest.charAt(0) == '/' ? rest : "/" + rest) : null;
    }

    private static String stripScheme(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            return url.substring(8);
        }
        if (lower.startsWith("http://")) {
            return url.substring(7);
        }
        return lower.startsWith("//") ? url.substring(2) : null;
    }

    /** Resolves {@code .} and {@code ..} in an absolute path; null when it climbs above the root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String part = segments[i];
            boolean last = i == segments.length - 1;
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
                if (last) {
                    parts.addLast("");
                }
            } else if (part.equals(".")) {
                if (last) {
                    parts.addLast("");
                }
            } else if (!part.isEmpty() || last) {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** Percent-decoding as browsers do for paths: {@code +} stays a plus, bad escapes stay as they are. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    raw = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(raw);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
