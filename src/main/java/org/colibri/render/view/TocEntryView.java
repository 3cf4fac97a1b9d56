package org.colibri.render.view;

/** A heading of the page: level 1–6, its anchor id and its text. */
public record TocEntryView(int level, String id, String text) {
}
