package org.colibri.render.view;

/**
 * A date ready to print.
 *
 * @param iso       ISO 8601 date-time with offset ({@code 2024-10-26T00:00:00+02:00})
 * @param day       ISO day ({@code 2024-10-26})
 * @param display   long form in the site's locale ({@code 26 octobre 2024})
 * @param monthName month name in the site's locale ({@code octobre})
 */
public record DateView(String iso, String day, String display, int year, int month, String monthName) {
}
