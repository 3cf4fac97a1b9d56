package org.colibri.render.view;

/** A tag in the tag index. */
public record TagView(String name, String slug, String url, int count, String feedUrl) {
}
