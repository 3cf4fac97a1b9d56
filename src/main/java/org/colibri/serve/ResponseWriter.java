package org.colibri.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.sun.net.httpserver.HttpExchange;

/**
 * Sends one response: content type, {@code Cache-Control: no-cache} (a preview must never be stale)
 * and, for a 200, a strong ETag of the bytes sent, answering 304 when the browser already has them.
 * A HEAD request gets the same headers and no body.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-cache");
        String etag = etag(body);
        if (status == 200) {
            headers.set("ETag", etag);
            if (matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
        }
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong ETag from the bytes sent (after injection, which depends on the errors shown). */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
