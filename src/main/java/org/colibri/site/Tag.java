package org.colibri.site;

import java.util.List;

/** A tag with all its entries, newest first. Identity is the slug; {@code name} is the most used spelling. */
public record Tag(String slug, String name, List<Entry> entries) {

    public String url() {
        return "/tags/" + slug + "/";
    }
}
