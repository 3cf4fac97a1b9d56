package org.colibri.diagnostic;

/**
 * A place in a site file.
 *
 * @param path   path relative to the site root, with {@code /} separators
 * @param line   1-based line in the whole file, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String path, int line, int column) {

    public SourceLocation {
        path = path.replace('\\', '/');
    }

    public static SourceLocation of(String path, int line) {
        return new SourceLocation(path, line, 0);
    }

    public static SourceLocation file(String path) {
        return new SourceLocation(path, 0, 0);
    }

    /** {@code path}, {@code path:line} or {@code path:line:column}. */
    public String format() {
        if (line <= 0) {
            return path;
        }
        return column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
    }
}
