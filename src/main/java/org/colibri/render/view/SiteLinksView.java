package org.colibri.render.view;

/** Links to the site's standard pages and feeds (with the base path). */
public record SiteLinksView(String home, String articles, String offers, String tags, String archives, String feed,
                            String offersFeed, String sitemap) {
}
