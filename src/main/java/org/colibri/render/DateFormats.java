package org.colibri.render;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.colibri.render.view.DateView;

/** Dates in the site's locale: {@code 26 octobre 2024}, {@code 1er novembre 2024} in French. */
final class DateFormats {

    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final boolean french;

    DateFormats(Locale locale) {
        this.locale = locale;
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.french = locale.getLanguage().equals("fr");
    }

    DateView of(ZonedDateTime date) {
        if (date == null) {
            return null;
        }
        return new DateView(iso(date), date.toLocalDate().toString(), display(date.toLocalDate()), date.getYear(), date.getMonthValue(),
                monthName(date.getMonthValue()));
    }

    /** RFC 3339 / ISO 8601 with offset and seconds: {@code 2024-10-26T00:00:00+02:00}. */
    static String iso(ZonedDateTime date) {
        int year = date.getYear();
        if (date.getNano() != 0 || year < 0 || year > 9999) {
            return date.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        // The same text as ISO_OFFSET_DATE_TIME, written by hand: feeds, sitemaps and JSON-LD
        // format tens of thousands of dates per build, and the formatter is slow at it.
        StringBuilder text = new StringBuilder(25);
        pad(text, year, 4).append('-');
        pad(text, date.getMonthValue(), 2).append('-');
        pad(text, date.getDayOfMonth(), 2).append('T');
        pad(text, date.getHour(), 2).append(':');
        pad(text, date.getMinute(), 2).append(':');
        pad(text, date.getSecond(), 2);
        return text.append(date.getOffset().getId()).toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    DateView of(LocalDate day, ZoneId zone) {
        return day == null ? null : of(day.atStartOfDay(zone));
    }

    String display(LocalDate day) {
        String text = day.format(longDate);
        // French writes the first day of a month as an ordinal: « 1er octobre ».
        return french && day.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }

    String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** {@code octobre 2024}. */
    String monthYear(int year, int month) {
        return monthName(month) + " " + year;
    }
}
