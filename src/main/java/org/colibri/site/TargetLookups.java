package org.colibri.site;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questions one item's links asked about the site's targets, with their answers. A cached
 * rendering of the item stays right as long as the same questions get the same answers, however
 * much the rest of the site changed.
 */
final class TargetLookups {

    private final ContentLinkResolver.Targets targets;
    /** Question → answer; a missing target is an empty Optional (concurrent maps hold no nulls). */
    private final Map<String, Optional<Object>> asked = new ConcurrentHashMap<>();

    TargetLookups(ContentLinkResolver.Targets targets) {
        this.targets = targets;
    }

    String page(String sourcePath) {
        return record("page:" + sourcePath, targets.pageUrls().get(sourcePath));
    }

    String file(String sourcePath) {
        return record("file:" + sourcePath, targets.fileUrls().get(sourcePath));
    }

    boolean isUnpublished(String sourcePath) {
        return record("unpublished:" + sourcePath, targets.unpublished().contains(sourcePath));
    }

    /** True when {@code other} answers every recorded question as these targets did. */
    boolean sameAnswers(ContentLinkResolver.Targets other) {
        for (Map.Entry<String, Optional<Object>> question : asked.entrySet()) {
            String key = question.getKey();
            int colon = key.indexOf(':');
            String path = key.substring(colon + 1);
            Object answer = switch (key.substring(0, colon)) {
                case "page" -> other.pageUrls().get(path);
                case "file" -> other.fileUrls().get(path);
                default -> other.unpublished().contains(path);
            };
            if (!Optional.ofNullable(answer).equals(question.getValue())) {
                return false;
            }
        }
        return true;
    }

    private <T> T record(String question, T answer) {
        asked.put(question, Optional.ofNullable(answer));
        return answer;
    }
}
