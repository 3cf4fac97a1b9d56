package org.colibri.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.colibri.output.SiteSnapshot;

/**
 * Turns a request's raw path into the snapshot file it asks for. Anything that could reach outside
 * the site, or that a browser never sends for a site path, is refused before any lookup: dot
 * segments, encoded dots, slashes and backslashes, NUL and other control characters, and bytes
 * that are not UTF-8. Only keys of the snapshot are ever served, so a path that passes still
 * cannot name a file outside it.
 */
final class PathResolver {

    /** What to answer: a file of the snapshot, a redirect, a 404 or a 400. */
    record Resolution(int status, String file, String location) {

        static Resolution file(String file) {
            return new Resolution(200, file, null);
        }

        static Resolution redirect(String location) {
            return new Resolution(302, null, location);
        }

        static Resolution notFound() {
            return new Resolution(404, null, null);
        }

        static Resolution bad() {
            return new Resolution(400, null, null);
        }
    }

    private PathResolver() {
    }

    /**
     * @param rawPath  the path as sent, still percent-encoded
     * @param rawQuery the query as sent, or null (kept on redirects)
     */
    static Resolution resolve(String rawPath, String rawQuery, SiteSnapshot snapshot) {
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Resolution.bad();
        }
        String path = decoded.get().substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            String index = path + "index.html";
            return snapshot.get(index).isPresent() ? Resolution.file(index) : Resolution.notFound();
        }
        if (snapshot.get(path).isPresent()) {
            return Resolution.file(path);
        }
        if (snapshot.get(path + "/index.html").isPresent()) {
            return Resolution.redirect(rawPath + "/" + (rawQuery == null ? "" : "?" + rawQuery));
        }
        return Resolution.notFound();
    }

    /** The decoded path, starting with {@code /}, or empty when it must be refused. */
    static Optional<String> decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.allocate(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                int value = i + 2 < rawPath.length() ? hex(rawPath.charAt(i + 1), rawPath.charAt(i + 2)) : -1;
                // An encoded dot, slash or backslash only serves to slip past path checks.
                if (value < 0 || value == '.' || value == '/' || value == '\\') {
                    return Optional.empty();
                }
                bytes.put((byte) value);
                i += 2;
            } else if (c >= 0x80) {
                return Optional.empty(); // a raw non-ASCII character: not a valid request target
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
