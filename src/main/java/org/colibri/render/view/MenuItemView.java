package org.colibri.render.view;

/** A menu entry; {@code current} marks the section the page belongs to. */
public record MenuItemView(String title, String url, boolean current) {
}
