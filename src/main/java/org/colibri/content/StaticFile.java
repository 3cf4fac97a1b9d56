package org.colibri.content;

import java.nio.file.Path;

/**
 * A non-Markdown file under {@code content/}, copied as is.
 *
 * @param path      relative to the site root ({@code content/images/a.jpg})
 * @param bundleDir the bundle it belongs to (copied beside its page), or null (copied to its own path)
 */
public record StaticFile(String path, Path absolute, String bundleDir) {
}
