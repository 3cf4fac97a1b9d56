package org.colibri.config;

/** One entry of the site menu; {@code url} starting with {@code /} is relative to the site's base path. */
public record MenuItem(String title, String url) {
}
