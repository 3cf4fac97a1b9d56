package org.colibri.site;

/**
 * An item's front-matter image with its published location.
 *
 * @param url site path or absolute URL of the image
 */
public record ResolvedImage(String url, String alt, String caption, String credit) {
}
