package org.colibri.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Validation and normal form of base URLs: absolute http(s), no query, ending with {@code /}. */
public final class BaseUrls {

    private BaseUrls() {
    }

    /** The normal form of {@code text}, or empty when it is not an absolute http(s) URL. */
    public static Optional<String> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(normalize(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String normalize(String text) {
        String value = text.strip();
        return value.endsWith("/") ? value : value + "/";
    }
}
