package org.colibri.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of the built site: either bytes rendered in memory or a source file copied as is
 * (copies are not read into memory).
 *
 * @param path   relative to the output folder, with {@code /} ({@code articles/x/index.html})
 * @param bytes  the content, or null for a copy
 * @param source the file to copy, or null for rendered content
 * @param origin what produced it, for collision messages ({@code content/articles/x.md})
 */
public record OutputFile(String path, byte[] bytes, Path source, String origin) {

    public static OutputFile rendered(String path, byte[] bytes, String origin) {
        return new OutputFile(path, bytes, null, origin);
    }

    public static OutputFile copy(String path, Path source, String origin) {
        return new OutputFile(path, null, source, origin);
    }

    /** The content, reading a copied file when needed. */
    public byte[] content() throws IOException {
        return bytes != null ? bytes : Files.readAllBytes(source);
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
