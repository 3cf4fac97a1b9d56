package org.colibri.scaffold;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code colibri new} is asked to create.
 *
 * @param title    the title as typed; quoted for YAML when written
 * @param date     the {@code date:} value, already validated ({@code 2024-11-20} or a date-time)
 * @param tags     tags to fill in, or empty to leave the commented example
 * @param bundle   create {@code NAME/index.md} (a folder for the item's images) instead of {@code NAME.md}
 * @param type     the offer type, or null for articles and pages
 * @param deadline the offer's deadline, or null
 * @param location the offer's location, or null
 */
public record NewItem(StarterKind kind, String title, String date, List<String> tags, boolean bundle,
                      String type, LocalDate deadline, String location) {

    public NewItem {
        tags = List.copyOf(tags);
    }
}
