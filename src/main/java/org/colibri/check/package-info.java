/**
 * {@code colibri check}: validators over a site built in memory (internal links, anchors, missing
 * files, alt text, offers, summaries, tag spellings, optionally external links), each reporting at
 * the editor's file and line, and the text, JSON and GitHub Actions report formats. The only
 * package that imports jsoup.
 */
package org.colibri.check;
