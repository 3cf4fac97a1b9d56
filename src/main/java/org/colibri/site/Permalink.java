package org.colibri.site;

import java.time.ZonedDateTime;

/** Expands a permalink pattern ({@code /articles/:year/:slug/}) for one item. */
final class Permalink {

    private Permalink() {
    }

    static String expand(String pattern, String slug, ZonedDateTime date) {
        String path = pattern.replace(":slug", slug);
        if (date != null) {
            // String.format would be the plain way; it is slow enough to show in rebuilds of big sites.
            path = path.replace(":year", pad(date.getYear(), 4))
                    .replace(":month", pad(date.getMonthValue(), 2))
                    .replace(":day", pad(date.getDayOfMonth(), 2));
        }
        return path;
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
