package org.colibri.render.view;

/** An item's image; {@code caption} and {@code credit} may be empty. */
public record ImageView(String url, String absoluteUrl, String alt, String caption, String credit) {
}
