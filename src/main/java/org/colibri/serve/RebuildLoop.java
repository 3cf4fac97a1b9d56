package org.colibri.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.colibri.build.BuildResult;
import org.colibri.build.IncrementalBuilder;
import org.colibri.build.SourceChanges;
import org.colibri.diagnostic.Diagnostic;

/**
 * The rebuild thread: waits for file events, gathers a burst into one batch, rebuilds, and swaps
 * the served site only when the build succeeded. Events that arrive during a rebuild wait in the
 * watcher and make the next batch, so a burst gives one rebuild (two at most when it straddles
 * one). Requests never wait for it: they read the site of the moment.
 */
final class RebuildLoop implements Runnable {

    /** A file rewritten without pause still gets rebuilt this often. */
    private static final Duration MAX_DELAY = Duration.ofSeconds(1);

    private final ChangeWatcher watcher;
    private final IncrementalBuilder builder;
    private final AtomicReference<ServedSite> current;
    private final LiveReload liveReload;
    private final ServeListener listener;
    private final Debouncer debouncer;

    RebuildLoop(ChangeWatcher watcher, IncrementalBuilder builder, AtomicReference<ServedSite> current,
                LiveReload liveReload, ServeListener listener, Duration quiet) {
        this.watcher = watcher;
        this.builder = builder;
        this.current = current;
        this.liveReload = liveReload;
        this.listener = listener;
        this.debouncer = new Debouncer(quiet, MAX_DELAY);
    }

    /** The first build: everything. */
    void buildAll() {
        rebuild(SourceChanges.everything());
    }

    @Override
    public void run() {
        try {
            boolean open = true;
            while (open && !Thread.currentThread().isInterrupted()) {
                open = watcher.poll(debouncer.nanosUntilDue(System.nanoTime()), path -> {
                    if (path == null) {
                        debouncer.addEverything(System.nanoTime());
                    } else {
                        debouncer.add(path, System.nanoTime());
                    }
                });
                Optional<SourceChanges> due = debouncer.takeIfDue(System.nanoTime());
                due.ifPresent(this::rebuild);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopping
        }
    }

    private void rebuild(SourceChanges changes) {
        BuildResult result;
        try {
            result = builder.build(changes);
        } catch (IOException | RuntimeException e) {
            listener.crashed(e);
            return;
        }
        ServedSite before = current.get();
        if (result.failed()) {
            List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
            current.set(new ServedSite(before.snapshot(), errors, before.version()));
            liveReload.errors(ErrorOverlay.html(errors));
            listener.built(new BuildEvent(result, changes, List.of(), builder.pagesRendered()));
            return;
        }
        List<String> changed = SnapshotDiff.changed(before.snapshot(), result.snapshot(), changes);
        ServedSite after = new ServedSite(result.snapshot(), List.of(), before.version() + 1);
        current.set(after);
        if (before.hasErrors()) {
            liveReload.errors("");
        }
        if (before.snapshot() == null) {
            liveReload.reload(after.version(), null);
        } else if (onlyStyles(changes)) {
            liveReload.css(after.version());
        } else if (changed.stream().anyMatch(RebuildLoop::shownByAnyPage)) {
            liveReload.reload(after.version(), null);
        } else {
            liveReload.reload(after.version(), changed);
        }
        listener.built(new BuildEvent(result, changes, changed, builder.pagesRendered()));
    }

    /** An image, script or stylesheet may be on any page; feeds, the sitemap and robots.txt are on none. */
    private static boolean shownByAnyPage(String path) {
        return !path.endsWith(".html") && !path.endsWith(".xml") && !path.endsWith(".txt");
    }

    /** True when only stylesheets of the theme changed: pages can swap them without reloading. */
    private static boolean onlyStyles(SourceChanges changes) {
        return !changes.all() && !changes.paths().isEmpty()
                && changes.paths().stream().allMatch(p -> p.startsWith("templates/assets/") && p.endsWith(".css"));
    }
}
