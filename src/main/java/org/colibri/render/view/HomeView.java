package org.colibri.render.view;

import java.util.List;

/** The home page's content: the latest articles and the open offers. */
public record HomeView(List<EntryView> latestArticles, List<EntryView> openOffers, int articleCount, int offerCount) {
}
