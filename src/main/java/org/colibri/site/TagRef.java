package org.colibri.site;

/** A tag as one item uses it: its identity (slug) and the site-wide display name. */
public record TagRef(String slug, String name) {
}
