package org.colibri.site;

/**
 * One link or image destination of an item's Markdown body, as written and as the build resolved
 * it, so that checks can report at the editor's line and skip what the build already reported.
 *
 * @param written    the destination as written in the file
 * @param published  the destination in the page (base path added, {@code .md} turned into a page URL)
 * @param line       the 1-based line of the file where it is written
 * @param image      an image ({@code ![…](…)}) rather than a link
 * @param resolution what the build found
 */
public record LinkUse(String written, String published, int line, boolean image, Resolution resolution) {

    /** What the build did with a destination. */
    public enum Resolution {
        /** A Markdown file or a file under {@code content/}, found and published. */
        FOUND,
        /** Reported by the build as an error: a missing page or image, or a path outside the site. */
        REPORTED,
        /** A page that exists but is not published (draft or future); the build warned. */
        UNPUBLISHED,
        /** Passed through unchecked: external URLs, anchors, site-absolute paths, other relative links. */
        UNCHECKED
    }
}
