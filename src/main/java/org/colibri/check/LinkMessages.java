package org.colibri.check;

import java.util.Collection;
import java.util.Locale;

/** The wording shared by the link checks, so that a broken address reads the same wherever it is. */
final class LinkMessages {

    private LinkMessages() {
    }

    /** True when the URL names a file to download or display rather than a page: it has an extension. */
    static boolean isFile(ContentLink link, Target target) {
        return link.isEmbedded() || hasFileExtension(target.sitePath());
    }

    static boolean hasFileExtension(String sitePath) {
        if (sitePath == null) {
            return false;
        }
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.contains(".") && !name.endsWith(".html") && !name.endsWith(".htm");
    }

    /** For a missing page: {@code link to 'W' leads to no page of the site; did you mean …}. */
    static String missingPage(String written, Target target, Collection<String> pages) {
        return "link to '" + written + "' leads to no page of the site" + builtAt(written, target) + "; "
                + Suggestions.closest(target.sitePath(), pages).map(s -> "did you mean '" + s + "'?")
                        .orElse("fix the address or remove the link");
    }

    /** For a missing image or file: where to put it. */
    static String missingFile(String what, String written, Target target, Collection<String> files) {
        return what + " '" + written + "' not found" + builtAt(written, target) + "; "
                + Suggestions.closest(target.sitePath(), files).map(s -> "did you mean '" + s + "'?")
                        .orElse("add the file as content" + target.sitePath() + " or fix the path");
    }

    static String outside(String written, Target target, String basePath) {
        if (target.sitePath() == null) {
            return "link to '" + written + "' climbs above the site's root; fix the address";
        }
        return "link to '" + written + "' leads outside the site, whose pages are under " + basePath
                + "; fix the address";
    }

    private static String builtAt(String written, Target target) {
        return written.equals(target.sitePath()) ? "" : " (nothing is built at " + target.sitePath() + ")";
    }
}
