package org.colibri.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.colibri.build.SourceChanges;
import org.colibri.output.OutputFile;
import org.colibri.output.SiteSnapshot;

/** Which output files differ between two snapshots, so that only the pages showing them reload. */
final class SnapshotDiff {

    private SnapshotDiff() {
    }

    /**
     * @param changes copied files are compared by source path, so one whose source was saved counts
     *                as changed
     */
    static List<String> changed(SiteSnapshot before, SiteSnapshot after, SourceChanges changes) {
        List<String> changed = new ArrayList<>();
        for (OutputFile file : after.files()) {
            OutputFile old = before == null ? null : before.get(file.path()).orElse(null);
            if (old == null || differs(old, file, changes)) {
                changed.add(file.path());
            }
        }
        if (before != null) {
            for (OutputFile file : before.files()) {
                if (after.get(file.path()).isEmpty()) {
                    changed.add(file.path());
                }
            }
        }
        return changed;
    }

    private static boolean differs(OutputFile old, OutputFile now, SourceChanges changes) {
        if (old.bytes() != null && now.bytes() != null) {
            return old.bytes() != now.bytes() && !Arrays.equals(old.bytes(), now.bytes());
        }
        if (old.source() != null && now.source() != null && old.source().equals(now.source())) {
            return changes.touches(now.origin());
        }
        return true;
    }
}
