package org.colibri.content;

import java.time.LocalDate;

/**
 * What an offer adds to an item. Text fields are empty strings when not given.
 *
 * @param deadline       last day to apply, or null
 * @param statusExplicit true when the editor wrote {@code status:} (a stale explicit "open" is worth a warning)
 */
public record OfferFields(String type, LocalDate deadline, OfferStatus status, boolean statusExplicit,
                          String location, String duration, String contract, String contact) {
}
