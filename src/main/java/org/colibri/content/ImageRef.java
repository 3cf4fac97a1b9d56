package org.colibri.content;

/**
 * The front-matter image of an item, as the editor wrote it.
 *
 * @param path    as written: relative to the Markdown file, or site-absolute ({@code /images/a.jpg}), or a URL
 * @param line    the line of {@code image:} in the file, for diagnostics
 */
public record ImageRef(String path, String alt, String caption, String credit, int line) {
}
