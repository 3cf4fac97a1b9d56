package org.colibri.render.view;

import java.util.List;

/**
 * One page of a list (all articles, offers, an offer type, a tag, a period).
 *
 * @param kind    {@code articles}, {@code offers}, {@code offerType}, {@code tag}, {@code year} or {@code month}
 * @param count   items in the whole list, all pages together
 * @param feedUrl the list's Atom feed, or null
 */
public record ListView(String kind, String title, List<EntryView> items, int count, PaginationView pagination,
                       String feedUrl) {
}
