package org.colibri.markdown;

import java.util.List;

/**
 * A document rendered to HTML.
 *
 * @param firstParagraph the first paragraph as plain text (the default summary), or empty
 * @param wordCount      words of visible text, for reading time
 */
public record RenderedMarkdown(String html, String firstParagraph, List<TocEntry> toc, int wordCount) {
}
