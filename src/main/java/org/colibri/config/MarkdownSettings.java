package org.colibri.config;

/** How Markdown is turned into HTML. {@code escapeRawHtml} is {@code markdown.rawHtml: escape}. */
public record MarkdownSettings(boolean escapeRawHtml) {
}
