package org.colibri.markdown;

/** One heading of a page, for its table of contents. */
public record TocEntry(int level, String id, String text) {
}
