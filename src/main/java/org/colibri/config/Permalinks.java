package org.colibri.config;

/**
 * URL patterns per kind of item, such as {@code /articles/:slug/}. Tokens: {@code :slug},
 * {@code :year}, {@code :month}, {@code :day}. A pattern ending in {@code /} is written as
 * {@code index.html} in that folder.
 */
public record Permalinks(String article, String offer, String page) {

    public static final Permalinks DEFAULT = new Permalinks("/articles/:slug/", "/offers/:slug/", "/:slug/");
}
