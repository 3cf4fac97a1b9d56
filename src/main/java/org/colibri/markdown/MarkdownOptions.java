package org.colibri.markdown;

import java.util.function.UnaryOperator;

/**
 * How Markdown becomes HTML for a site.
 *
 * @param escapeRawHtml  escape raw HTML instead of passing it through
 * @param frenchQuotes   typographic double quotes as « » (with no-break spaces) instead of “ ”
 * @param headingSlugger the site's slug rule, used for heading ids
 */
public record MarkdownOptions(boolean escapeRawHtml, boolean frenchQuotes, UnaryOperator<String> headingSlugger) {
}
