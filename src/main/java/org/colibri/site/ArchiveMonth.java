package org.colibri.site;

import java.util.List;

/** The entries of one month, newest first. */
public record ArchiveMonth(int year, int month, List<Entry> entries) {

    public String url() {
        return String.format("/archives/%04d/%02d/", year, month);
    }
}
