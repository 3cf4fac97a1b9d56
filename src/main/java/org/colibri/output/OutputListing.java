package org.colibri.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * The files (and links) in an output folder with their size and time, listed once, in the
 * background while a build reads its content: the page manifest checks from it that a kept page
 * was not touched, and updating the folder in place finds from it the files the site no longer
 * has, instead of a stat per page and a second walk on the critical path. Nothing but Colibri
 * writes into the output folder during a build.
 */
public final class OutputListing {

    /** One entry: a regular file or something else (a link, a device). */
    public record FileState(long size, long modifiedMillis, boolean regularFile) {
    }

    private final Path root;
    private final Map<String, FileState> files;

    private OutputListing(Path root, Map<String, FileState> files) {
        this.root = root;
        this.files = files;
    }

    /** The listing of {@code root}; empty when there is no such folder. */
    public static OutputListing of(Path root) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        Map<String, FileState> files = new HashMap<>();
        if (Files.isDirectory(folder)) {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory()) {
                        files.put(folder.relativize(file).toString().replace('\\', '/'), new FileState(
                                attributes.size(), attributes.lastModifiedTime().toMillis(),
                                attributes.isRegularFile()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new OutputListing(folder, files);
    }

    public Path root() {
        return root;
    }

    /** The state of the file at {@code path} (relative, with '/'), or null when there was none. */
    public FileState get(String path) {
        return files.get(path);
    }

    /** Every listed path, relative, with '/'. */
    public java.util.Set<String> paths() {
        return files.keySet();
    }
}
