package org.colibri.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a snapshot to the output folder: everything goes to a new sibling folder first, then the
 * old folder is swapped out by renames. A build that fails while writing leaves the previous output
 * as it was, and readers of the folder never see a half-written site.
 */
public final class DirectoryWriter {

    private DirectoryWriter() {
    }

    public static void write(SiteSnapshot snapshot, Path outputDir) throws IOException {
        write(snapshot, outputDir, StagingArea.beside(outputDir));
    }

    /**
     * Like {@link #write(SiteSnapshot, Path)}, completing {@code staging}, where the build already
     * wrote its rendered pages, and swapping it in as the output folder.
     */
    public static void write(SiteSnapshot snapshot, Path outputDir, StagingArea staging) throws IOException {
        Path target = outputDir.toAbsolutePath().normalize();
        Path fresh = staging.root();
        try {
            writeAll(snapshot, fresh, staging);
            swap(fresh, target);
        } catch (IOException e) {
            deleteTree(fresh);
            throw e;
        }
    }

    /**
     * Brings an output folder written by an earlier build up to date in place: files kept from it
     * (a copy whose source is the file itself) are left alone, the others are written to a
     * temporary name and renamed over the old file, and files the site no longer has are deleted.
     * Only used when the build cache describes the folder; then far fewer files are written.
     *
     * @param existing the folder's files, listed before the build (nothing else writes there)
     */
    public static void update(SiteSnapshot snapshot, OutputListing existing, StagingArea staging) throws IOException {
        Path root = existing.root();
        java.util.Set<String> paths = new java.util.HashSet<>(snapshot.paths());
        java.util.List<Path> stale = new java.util.ArrayList<>();
        for (String path : existing.paths()) {
            if (!paths.contains(path)) {
                stale.add(root.resolve(path));
            }
        }
        stale.sort(null);
        java.util.Set<Path> emptied = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (Path file : stale) {
            Files.delete(file);
            for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
                emptied.add(dir);
            }
        }
        java.util.List<OutputFile> changed = snapshot.files().stream()
                .filter(file -> file.source() == null || !file.source().toAbsolutePath().normalize()
                        .equals(root.resolve(file.path())))
                .toList();
        for (OutputFile file : changed) {
            Path parent = root.resolve(file.path()).getParent();
            if (!Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
        }
        ParallelWrites.forEach(changed, file -> {
            Path target = root.resolve(file.path());
            if (staging.holds(file)) {
                move(file.source(), target); // written while rendering: a rename puts it in place
                return;
            }
            Path temporary = target.resolveSibling("." + target.getFileName() + ".colibri-new");
            if (file.bytes() != null) {
                Files.write(temporary, file.bytes());
            } else {
                Files.copy(file.source(), temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            move(temporary, target);
        });
        removeEmptyFolders(emptied);
        staging.discard();
    }

    /** Deletes the folders, deepest first, that deleting stale files left empty; only those are looked at. */
    private static void removeEmptyFolders(java.util.Set<Path> candidates) throws IOException {
        for (Path dir : candidates) {
            if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (java.util.stream.Stream<Path> children = Files.list(dir)) {
                    if (children.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        }
    }

    private static void writeAll(SiteSnapshot snapshot, Path root, StagingArea staging) throws IOException {
        // Folders first, once each, in order: then the files can be written in any order.
        java.util.Set<String> folders = new java.util.TreeSet<>();
        for (String path : snapshot.paths()) {
            int slash = path.lastIndexOf('/');
            if (slash > 0) {
                folders.add(path.substring(0, slash));
            }
        }
        for (String folder : folders) {
            Files.createDirectories(root.resolve(folder));
        }
        java.util.List<OutputFile> files = snapshot.files().stream().filter(f -> !staging.holds(f)).toList();
        ParallelWrites.forEach(files, file -> {
            Path path = root.resolve(file.path());
            if (file.bytes() != null) {
                Files.write(path, file.bytes());
            } else {
                Files.copy(file.source(), path, StandardCopyOption.REPLACE_EXISTING);
            }
        });
    }

    private static void swap(Path fresh, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(fresh, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(old, target); // put the previous output back
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and everything in it; symbolic links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
