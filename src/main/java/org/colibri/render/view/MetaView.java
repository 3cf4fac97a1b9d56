package org.colibri.render.view;

/**
 * The page's metadata for {@code <head>}.
 *
 * @param title        the full {@code <title>} text
 * @param type         Open Graph type: {@code website} or {@code article}
 * @param imageUrl     absolute URL of the sharing image, or null
 * @param jsonLd       structured data as JSON (print with {@code ?no_esc}), or null
 * @param previousUrl  rel=prev link of a list page, or null
 * @param nextUrl      rel=next link of a list page, or null
 */
public record MetaView(String title, String description, String canonicalUrl, String type, String imageUrl,
                       String imageAlt, String jsonLd, String previousUrl, String nextUrl,
                       String publishedTime, String modifiedTime) {
}
