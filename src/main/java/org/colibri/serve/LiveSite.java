package org.colibri.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.colibri.build.BuildResult;
import org.colibri.build.SourceChanges;
import org.colibri.diagnostic.Diagnostic;

/**
 * The site being served and the pages watching it. A good build replaces the served site in one
 * swap and tells the open pages what changed; a failed one keeps the last good site and shows its
 * errors over it.
 */
final class LiveSite {

    private final AtomicReference<ServedSite> current = new AtomicReference<>(new ServedSite(null, List.of(), 0));
    private final LiveReload liveReload;
    private final ServeListener listener;

    LiveSite(LiveReload liveReload, ServeListener listener) {
        this.liveReload = liveReload;
        this.listener = listener;
    }

    /** The site of the moment; a request reads it once and serves from it alone. */
    ServedSite current() {
        return current.get();
    }

    LiveReload liveReload() {
        return liveReload;
    }

    void crashed(Exception error) {
        listener.crashed(error);
    }

    /** Serves what a build produced, or its errors over the last good site. */
    void publish(BuildResult result, SourceChanges changes, int pagesRendered) {
        ServedSite before = current.get();
        if (result.failed()) {
            List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
            current.set(new ServedSite(before.snapshot(), errors, before.version()));
            liveReload.errors(ErrorOverlay.html(errors));
            listener.built(new BuildEvent(result, changes, List.of(), pagesRendered));
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
        } else if (changed.stream().anyMatch(LiveSite::shownByAnyPage)) {
            liveReload.reload(after.version(), null);
        } else {
            liveReload.reload(after.version(), changed);
        }
        listener.built(new BuildEvent(result, changes, changed, pagesRendered));
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
