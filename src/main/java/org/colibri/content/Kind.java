package org.colibri.content;

/** What an item is, from the folder it sits in under {@code content/}. */
public enum Kind {
    ARTICLE("articles"),
    OFFER("offers"),
    PAGE("pages");

    private final String folder;

    Kind(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code content/} that holds this kind. */
    public String folder() {
        return folder;
    }

    /** The lower-case name used in templates ({@code article}, {@code offer}, {@code page}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
