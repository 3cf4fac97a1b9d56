package org.colibri.output;

import java.io.IOException;
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
    /** The first write that failed: pages are written from parallel tasks, reported once they end. */
    private final java.util.concurrent.atomic.AtomicReference<IOException> failure =
            new java.util.concurrent.atomic.AtomicReference<>();

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
     * holds no bytes in memory. Copies of source files are returned as they are. Once a write has
     * failed nothing more is written, and {@link #checkWrites} reports the failure: throwing here
     * would let the build delete the folder while other threads still write into it.
     */
    public OutputFile stage(OutputFile file) {
        if (file.bytes() == null || failure.get() != null) {
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
            failure.compareAndSet(null, e);
            return file;
        }
    }

    /** Throws the first failed write, if any, once the writing tasks are over. */
    public void checkWrites() throws IOException {
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Deletes what is left of the folder. */
    public void discard() throws IOException {
        DirectoryWriter.deleteTree(root);
    }
}
