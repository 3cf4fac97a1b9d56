package org.colibri.yaml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the date forms editors write: {@code 2024-10-26}, {@code 2024-10-26T09:30:00+02:00}, {@code 2024-10-26 09:30}. */
public final class DateParser {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateParser() {
    }

    public static Optional<YamlDate> parse(String text) {
        String value = text.strip();
        try {
            if (DAY.matcher(value).matches()) {
                // ISO_LOCAL_DATE resolves strictly: 2024-02-30 fails instead of becoming 1 March.
                return Optional.of(new YamlDate(LocalDate.parse(value), null, null));
            }
            String iso = value.length() > 10 && value.charAt(10) == ' '
                    ? value.substring(0, 10) + "T" + value.substring(11).strip()
                    : value;
            if (iso.endsWith("Z") || iso.matches(".*T.*[+-]\\d{2}:?\\d{2}$")) {
                OffsetDateTime odt = OffsetDateTime.parse(iso);
                return Optional.of(new YamlDate(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset()));
            }
            LocalDateTime ldt = LocalDateTime.parse(iso);
            return Optional.of(new YamlDate(ldt.toLocalDate(), ldt.toLocalTime(), null));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when the text has the shape of a day but names one that does not exist (2024-02-30). */
    public static boolean looksLikeImpossibleDay(String text) {
        String value = text.strip();
        return value.length() >= 10 && DAY.matcher(value.substring(0, 10)).matches();
    }
}
