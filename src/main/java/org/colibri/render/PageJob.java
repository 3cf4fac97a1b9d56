package org.colibri.render;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One HTML page to render.
 *
 * @param sitePath the page's site path ({@code /articles/x/})
 * @param origin   what the page comes from, for messages ({@code content/articles/x.md}, {@code tags})
 * @param lastmod  for the sitemap, or null to leave the page out of it
 */
record PageJob(String sitePath, String template, Map<String, Object> model, String origin, ZonedDateTime lastmod) {
}
