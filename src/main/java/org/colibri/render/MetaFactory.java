package org.colibri.render;

import org.colibri.config.SiteConfig;
import org.colibri.content.Kind;
import org.colibri.site.Entry;
import org.colibri.site.Pager;
import org.colibri.site.Urls;
import org.colibri.render.view.MetaView;

/** The {@code <head>} metadata of each page: title, description, canonical URL, sharing image, JSON-LD. */
final class MetaFactory {

    private final SiteConfig config;
    private final Urls urls;
    private final StructuredData structuredData;
    private final ViewCache cache;

    MetaFactory(SiteConfig config, Urls urls, ViewCache cache) {
        this.config = config;
        this.cache = cache;
        this.urls = urls;
        this.structuredData = new StructuredData(config, urls);
    }

    MetaView entry(Entry entry) {
        return cache.meta(entry, () -> newEntry(entry));
    }

    private MetaView newEntry(Entry entry) {
        boolean article = entry.kind() == Kind.ARTICLE;
        String image = entry.image() != null ? urls.absolute(entry.image().url()) : defaultImage();
        String imageAlt = entry.image() != null ? entry.image().alt() : null;
        return new MetaView(entry.title() + " – " + config.title(), entry.summary(), urls.absolute(entry.url()),
                article ? "article" : "website", image, imageAlt, structuredData.of(entry), null, null,
                article ? DateFormats.iso(entry.date()) : null,
                article ? DateFormats.iso(entry.lastModified()) : null);
    }

    MetaView page(String title, String sitePath) {
        String full = title == null || title.isEmpty() ? config.title() : title + " – " + config.title();
        return new MetaView(full, config.description(), urls.absolute(sitePath), "website", defaultImage(), null,
                null, null, null, null, null);
    }

    <T> MetaView list(String title, Pager.Slice<T> slice) {
        String pageTitle = slice.number() > 1
                ? title + " – " + config.labels().get("pageOf").replace("{0}", String.valueOf(slice.number()))
                        .replace("{1}", String.valueOf(slice.total()))
                : title;
        MetaView base = page(pageTitle, slice.url());
        return new MetaView(base.title(), base.description(), base.canonicalUrl(), base.type(), base.imageUrl(),
                null, null, slice.previousUrl() == null ? null : urls.link(slice.previousUrl()),
                slice.nextUrl() == null ? null : urls.link(slice.nextUrl()), null, null);
    }

    private String defaultImage() {
        String logo = config.organization().logo();
        return logo.isEmpty() ? null : urls.absolute(logo);
    }
}
