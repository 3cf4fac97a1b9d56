package org.colibri.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches what a build reads: {@code site.yml}, and everything under {@code content/} and
 * {@code templates/}, registering folders as they appear (the JDK's watch service is not
 * recursive). The output folder and editors' temporary files are ignored. Events come out as paths
 * relative to the site root; a lost-events signal comes out as {@code null}.
 */
final class ChangeWatcher implements Closeable {

    static final List<String> WATCHED = List.of("site.yml", "content", "templates");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    ChangeWatcher(Path root) throws IOException {
        this.root = root;
        this.service = FileSystems.getDefault().newWatchService();
        folders.put(root.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), root);
        for (String top : WATCHED.subList(1, WATCHED.size())) {
            registerTree(root.resolve(top));
        }
    }

    /** Receives one event: a path relative to the site root, or null when events were lost. */
    interface Sink {
        void changed(String path);
    }

    /**
     * Waits up to {@code timeoutNanos} for events and hands them to {@code sink}.
     *
     * @return false once the watcher is closed
     */
    boolean poll(long timeoutNanos, Sink sink) throws InterruptedException {
        WatchKey key;
        try {
            key = timeoutNanos == Long.MAX_VALUE ? service.take() : service.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (ClosedWatchServiceException e) {
            return false;
        }
        while (key != null) {
            handle(key, sink);
            key = service.poll();
        }
        return true;
    }

    private void handle(WatchKey key, Sink sink) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                sink.changed(null);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String relative = root.relativize(path).toString().replace('\\', '/');
            if (!isWatched(relative)) {
                continue;
            }
            if (event.kind() == ENTRY_MODIFY && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                continue; // a folder's own time stamp: the files inside that changed report themselves
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(path);
            }
            sink.changed(relative);
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone; its parent reported it
        }
    }

    /** True for {@code site.yml} and files under content/ and templates/ that are not editor droppings. */
    static boolean isWatched(String relative) {
        String top = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
        if (!WATCHED.contains(top)) {
            return false;
        }
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) {
                return false; // dot files and folders (.git, .DS_Store) are not content
            }
        }
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return !( name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".swo") || name.equals("4913") || name.endsWith(".tmp")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.endsWith(".crswap"));
    }

    /**
     * Registers a folder, then the subfolders listed after that: a subfolder made in between is
     * then reported as an event of the folder instead of slipping through (listing everything first
     * and registering afterwards lost changes under a folder created meanwhile).
     */
    private void registerTree(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !isWatched(root.relativize(folder).toString().replace('\\', '/'))) {
            return;
        }
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
                for (Path child : children) {
                    registerTree(child);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder deleted while being registered: its deletion is an event of its own.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
