package org.colibri.site;

import java.nio.file.Path;

/** A file from {@code content/} published as is at {@code url}. */
public record CopiedFile(String sourcePath, Path absolute, String url) {
}
