package org.colibri.site;

import java.util.List;

/** The entries of one year, newest first, and its months, newest first. */
public record ArchiveYear(int year, List<ArchiveMonth> months, List<Entry> entries) {

    public String url() {
        return String.format("/archives/%04d/", year);
    }
}
