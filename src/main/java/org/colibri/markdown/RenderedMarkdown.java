package org.colibri.markdown;

import java.util.List;

/**
 * A document rendered to HTML.
 *
 * @param body           the HTML
 * @param firstParagraph the first paragraph as plain text (the default summary), or empty
 * @param wordCount      words of visible text, for reading time
 */
public record RenderedMarkdown(Html body, String firstParagraph, List<TocEntry> toc, int wordCount) {

    /** The HTML as text (decoded when the body came from the build cache). */
    public String html() {
        return body.toString();
    }
}
