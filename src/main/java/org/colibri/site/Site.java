package org.colibri.site;

import java.time.ZonedDateTime;
import java.util.List;

import org.colibri.config.SiteConfig;

/**
 * The whole published site at {@code now}, with every list sorted once.
 *
 * @param articles newest first
 * @param offers   in offer order: open ones by nearest deadline, then filled and closed ones
 * @param pages    in path order
 * @param dated    articles and offers together, newest first (feeds, tags, archives)
 * @param tags     in the site's collation order
 * @param years    newest first
 * @param nextChange the next moment a rebuild would change the site (a deadline passing, a
 *                   future item becoming due), or null
 */
public record Site(SiteConfig config, Urls urls, ZonedDateTime now, List<Entry> articles, List<Entry> offers,
                   List<Entry> pages, List<Entry> dated, List<Tag> tags, List<ArchiveYear> years,
                   List<Alias> aliases, List<CopiedFile> files, ZonedDateTime nextChange) {

    /** All entries with a page of their own: articles, offers and pages. */
    public List<Entry> entries() {
        List<Entry> all = new java.util.ArrayList<>(articles);
        all.addAll(offers);
        all.addAll(pages);
        return all;
    }

    public List<Entry> openOffers() {
        return offers.stream().filter(e -> e.offer().isOpen()).toList();
    }
}
