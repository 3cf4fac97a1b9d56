package org.colibri.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private folder beside the output folder where a build writes its pages as soon as they are
 * rendered, so that the site is never held in memory as a whole. On success the folder becomes
 * the output (or its files are renamed into it); on failure it is deleted and the output stays
 * as it was.
 */
public final class StagingArea {

    private final Path root;
    /** Folders already made: on some file systems every mkdir costs half a millisecond. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private StagingArea(Path root) {
        this.root = root;
    }

    /** A new, empty staging folder next to {@code outputDir} (same file system, so renames are atomic). */
    public static StagingArea beside(Path outputDir) throws IOException {
        Path target = outputDir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        return new StagingArea(Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-"));
    }

    Path root() {
        return root;
    }

    /** True when {@code file} was written into this staging folder at its own path. */
    boolean holds(OutputFile file) {
        return file.source() != null && file.source().equals(root.resolve(file.path()));
    }

    /**
     * Writes a rendered file into the folder and returns it as a copy of the written file, which
     * holds no bytes in memory. Copies of source files are returned as they are.
     */
    public OutputFile stage(OutputFile file) {
        if (file.bytes() == null) {
            return file;
        }
        try {
            Path path = root.resolve(file.path());
            Path parent = path.getParent();
            if (!folders.contains(parent)) {
                Files.createDirectories(parent); // safe to repeat if two threads get here at once
                folders.add(parent);
            }
            Files.write(path, file.bytes());
            return OutputFile.copy(file.path(), path, file.origin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what is left of the folder. */
    public void discard() throws IOException {
        DirectoryWriter.deleteTree(root);
    }
}
