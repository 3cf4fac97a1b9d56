/**
 * Markdown text to HTML with flexmark: one parser and renderer configured once and shared by all
 * threads, heading ids, table of contents, summary text, and link rewriting through
 * {@link org.colibri.markdown.LinkResolver}. The only package that imports flexmark.
 */
package org.colibri.markdown;
