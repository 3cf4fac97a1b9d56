package org.colibri.render.view;

/** A tag as shown on an item: its display name and the link to its page. */
public record TagLinkView(String name, String slug, String url) {
}
