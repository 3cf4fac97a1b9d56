package org.colibri.serve;

import java.io.IOException;
import java.util.Optional;

import org.colibri.build.BuildResult;
import org.colibri.build.IncrementalBuilder;
import org.colibri.build.SourceChanges;

/**
 * The rebuild thread: waits for file events, gathers a burst into one batch, rebuilds, and hands
 * the result to the {@link LiveSite}. Events that arrive during a rebuild wait in the watcher and
 * make the next batch, so a burst gives one rebuild (two at most when it straddles one). Requests
 * never wait for it: they read the site of the moment.
 */
final class RebuildLoop implements Runnable {

    private final ChangeWatcher watcher;
    private final Debouncer debouncer;
    private final IncrementalBuilder builder;
    private final LiveSite site;

    RebuildLoop(ChangeWatcher watcher, Debouncer debouncer, IncrementalBuilder builder, LiveSite site) {
        this.watcher = watcher;
        this.debouncer = debouncer;
        this.builder = builder;
        this.site = site;
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
            site.crashed(e);
            return;
        }
        site.publish(result, changes, builder.pagesRendered());
    }
}
