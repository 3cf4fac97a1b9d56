package org.colibri.serve;

import java.util.List;

import org.colibri.build.BuildResult;
import org.colibri.build.SourceChanges;

/**
 * One build while serving, for the terminal.
 *
 * @param changes what triggered it ({@link SourceChanges#all()} for the first build)
 * @param changed output paths that differ from the site served before (empty when it failed)
 * @param pagesRendered pages rendered rather than reused from the previous build
 */
public record BuildEvent(BuildResult result, SourceChanges changes, List<String> changed, int pagesRendered) {

    public BuildEvent {
        changed = List.copyOf(changed);
    }
}
