package org.colibri.build;

import java.util.Set;

/**
 * What changed in a site since the previous build, as a file watcher saw it.
 *
 * @param paths changed, created or deleted files and folders, relative to the site root with
 *              {@code /} ({@code content/articles/x.md}, {@code site.yml})
 * @param all   true when anything may have changed (the first build, or the watcher lost events)
 */
public record SourceChanges(Set<String> paths, boolean all) {

    public SourceChanges {
        paths = Set.copyOf(paths);
    }

    public static SourceChanges everything() {
        return new SourceChanges(Set.of(), true);
    }

    public static SourceChanges of(Set<String> paths) {
        return new SourceChanges(paths, false);
    }

    public boolean touches(String path) {
        return all || paths.contains(path);
    }

    /** True when a path in {@code folder} (or the folder itself) changed. */
    public boolean touchesFolder(String folder) {
        return all || paths.stream().anyMatch(p -> p.equals(folder) || p.startsWith(folder + "/"));
    }
}
