package org.colibri.check;

import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;
import org.colibri.site.LinkUse;
import org.jsoup.nodes.Element;

/**
 * One URL in an entry's rendered Markdown: the element holding it, the URL as published and as
 * the editor wrote it, and where it is written.
 *
 * @param url        as in the page
 * @param written    as in the Markdown file (the page's URL when it could not be found there)
 * @param markdown   true for a Markdown link or image, false for raw HTML or an autolink
 * @param resolution what the build already did with it ({@code UNCHECKED} for raw HTML)
 */
record ContentLink(Entry entry, Element element, String url, String written, SourceLocation location,
                   boolean markdown, LinkUse.Resolution resolution) {

    /** True when the build already reported this link (missing, or not published), so checks leave it. */
    boolean reportedByBuild() {
        return resolution == LinkUse.Resolution.REPORTED || resolution == LinkUse.Resolution.UNPUBLISHED;
    }

    /** Images, videos, embedded frames: things the page loads, as opposed to links a reader follows. */
    boolean isEmbedded() {
        String tag = element.normalName();
        return !tag.equals("a") && !tag.equals("area");
    }
}
