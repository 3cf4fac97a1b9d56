package org.colibri.render.view;

/**
 * What an offer adds to a page.
 *
 * @param status        {@code open}, {@code filled} or {@code closed}, at the build's date
 * @param deadline      the last day to apply, or null
 * @param deadlineEnd   ISO date-time of the end of the deadline day in the site's zone (for the
 *                      script that closes offers in the browser), or null
 * @param daysLeft      days until the deadline for an open offer (0 on the last day), or null
 * @param closingSoon   open with 7 days or fewer left
 * @param contactUrl    {@code mailto:} link when {@code contact} is an e-mail address, else the contact as given
 */
public record OfferView(String type, String typeLabel, String status, String statusLabel, DateView deadline,
                        String deadlineEnd, Integer daysLeft, boolean closingSoon, String location,
                        String duration, String contract, String contact, String contactUrl) {
}
