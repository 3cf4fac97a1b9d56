package org.colibri.site;

import java.time.ZonedDateTime;

/**
 * What a build publishes.
 *
 * @param now    "today" for drafts, future items and offer deadlines, in the site's zone
 * @param drafts include items with {@code draft: true}
 * @param future include items dated after {@code now}
 */
public record SiteOptions(ZonedDateTime now, boolean drafts, boolean future) {
}
