package org.colibri.site;

import java.time.LocalDate;

import org.colibri.content.OfferStatus;

/**
 * An offer's status at the build's {@code now}.
 *
 * @param status    open, filled, or closed (declared closed, or the deadline day has ended)
 * @param daysLeft  days until the deadline for an open offer with one (0 on the deadline day), else null
 * @param changedOn the day the effective status became what it is when later than the offer's date
 *                  (the day after the deadline for an offer that closed by itself), else null
 */
public record OfferState(OfferStatus status, Integer daysLeft, LocalDate changedOn) {

    static OfferState at(org.colibri.content.OfferFields offer, LocalDate today) {
        if (offer.status() == OfferStatus.FILLED) {
            return new OfferState(OfferStatus.FILLED, null, null);
        }
        if (offer.status() == OfferStatus.CLOSED) {
            return new OfferState(OfferStatus.CLOSED, null, null);
        }
        LocalDate deadline = offer.deadline();
        if (deadline != null && today.isAfter(deadline)) {
            return new OfferState(OfferStatus.CLOSED, null, deadline.plusDays(1));
        }
        Integer daysLeft = deadline == null ? null : (int) (deadline.toEpochDay() - today.toEpochDay());
        return new OfferState(OfferStatus.OPEN, daysLeft, null);
    }

    public boolean isOpen() {
        return status == OfferStatus.OPEN;
    }
}
