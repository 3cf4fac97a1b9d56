package org.colibri.content;

import java.nio.file.Path;

/**
 * A Markdown file that is an item.
 *
 * @param path      relative to the site root, with {@code /} ({@code content/articles/x/index.md})
 * @param absolute  where to read it
 * @param bundleDir the bundle folder relative to the site root, or null
 */
public record SourceFile(String path, Path absolute, Kind kind, String bundleDir) {

    /** The name the slug comes from: the bundle folder's name, or the file name without {@code .md}. */
    public String baseName() {
        String name = bundleDir != null ? bundleDir.substring(bundleDir.lastIndexOf('/') + 1)
                : path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
