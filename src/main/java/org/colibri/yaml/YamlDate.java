package org.colibri.yaml;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A date as an editor wrote it: a day, optionally a time, optionally an offset. The zone that
 * completes it is the site's, which this package does not know.
 */
public record YamlDate(LocalDate date, LocalTime time, ZoneOffset offset) {

    /** The instant this date names, reading a missing time as midnight and a missing offset as {@code zone}. */
    public ZonedDateTime at(ZoneId zone) {
        LocalTime t = time == null ? LocalTime.MIDNIGHT : time;
        if (offset != null) {
            return date.atTime(t).atOffset(offset).atZoneSameInstant(zone);
        }
        return date.atTime(t).atZone(zone);
    }
}
