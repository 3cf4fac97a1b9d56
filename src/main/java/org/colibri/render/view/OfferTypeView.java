package org.colibri.render.view;

/**
 * An offer type that has its own list page ({@code /offers/type/TYPE/}): types without any
 * offer have none, so templates link only these.
 *
 * @param count offers of this type, whatever their status
 */
public record OfferTypeView(String type, String label, String url, int count) {
}
