package org.colibri.site;

import java.time.ZonedDateTime;

/** Expands a permalink pattern ({@code /articles/:year/:slug/}) for one item. */
final class Permalink {

    private Permalink() {
    }

    static String expand(String pattern, String slug, ZonedDateTime date) {
        String path = pattern.replace(":slug", slug);
        if (date != null) {
            path = path.replace(":year", String.format("%04d", date.getYear()))
                    .replace(":month", String.format("%02d", date.getMonthValue()))
                    .replace(":day", String.format("%02d", date.getDayOfMonth()));
        }
        return path;
    }
}
