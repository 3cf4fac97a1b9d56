package org.colibri.site;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The link targets one item's links looked up. A cached rendering of the item stays right as long
 * as none of them moved (was added, removed, renamed, published or unpublished), however much the
 * rest of the site changed.
 */
final class TargetLookups {

    private final ContentLinkResolver.Targets targets;
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    TargetLookups(ContentLinkResolver.Targets targets) {
        this.targets = targets;
    }

    String page(String sourcePath) {
        asked.add(sourcePath);
        return targets.pageUrls().get(sourcePath);
    }

    String file(String sourcePath) {
        asked.add(sourcePath);
        return targets.fileUrls().get(sourcePath);
    }

    boolean isUnpublished(String sourcePath) {
        asked.add(sourcePath);
        return targets.unpublished().contains(sourcePath);
    }

    /** What each looked-up target answered, in path order, for the build cache. */
    List<BodyStore.TargetAnswer> answers() {
        return asked.stream().sorted().map(path -> answer(targets, path)).toList();
    }

    static BodyStore.TargetAnswer answer(ContentLinkResolver.Targets targets, String path) {
        return new BodyStore.TargetAnswer(path, targets.pageUrls().get(path), targets.fileUrls().get(path),
                targets.unpublished().contains(path));
    }

    /** A lookups record for a stored body: the paths it asked, against this build's targets. */
    static TargetLookups replay(ContentLinkResolver.Targets targets, List<BodyStore.TargetAnswer> answers) {
        TargetLookups lookups = new TargetLookups(targets);
        answers.forEach(a -> lookups.asked.add(a.sourcePath()));
        return lookups;
    }

    /** True when one of {@code paths} was looked up. */
    boolean asked(Set<String> paths) {
        for (String path : asked) {
            if (paths.contains(path)) {
                return true;
            }
        }
        return false;
    }

    /** The source paths whose answer differs between two builds' targets. */
    static Set<String> moved(ContentLinkResolver.Targets before, ContentLinkResolver.Targets after) {
        Set<String> moved = new HashSet<>();
        differences(before.pageUrls(), after.pageUrls(), moved);
        differences(before.fileUrls(), after.fileUrls(), moved);
        for (String path : before.unpublished()) {
            if (!after.unpublished().contains(path)) {
                moved.add(path);
            }
        }
        for (String path : after.unpublished()) {
            if (!before.unpublished().contains(path)) {
                moved.add(path);
            }
        }
        return moved;
    }

    private static void differences(Map<String, String> before, Map<String, String> after, Set<String> moved) {
        before.forEach((path, url) -> {
            if (!url.equals(after.get(path))) {
                moved.add(path);
            }
        });
        after.forEach((path, url) -> {
            if (!before.containsKey(path)) {
                moved.add(path);
            }
        });
    }
}
