package org.colibri.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
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
        if (before == null) {
            after.files().forEach(file -> changed.add(file.path()));
            return changed;
        }
        // Both snapshots list their files in path order: walk them side by side.
        Iterator<OutputFile> old = before.files().iterator();
        Iterator<OutputFile> now = after.files().iterator();
        OutputFile a = next(old);
        OutputFile b = next(now);
        while (a != null || b != null) {
            int order = a == null ? 1 : b == null ? -1 : a.path().compareTo(b.path());
            if (order < 0) {
                changed.add(a.path());
                a = next(old);
            } else if (order > 0) {
                changed.add(b.path());
                b = next(now);
            } else {
                if (differs(a, b, changes)) {
                    changed.add(b.path());
                }
                a = next(old);
                b = next(now);
            }
        }
        return changed;
    }

    private static OutputFile next(Iterator<OutputFile> files) {
        return files.hasNext() ? files.next() : null;
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
