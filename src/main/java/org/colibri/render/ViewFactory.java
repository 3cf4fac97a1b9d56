package org.colibri.render;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.colibri.config.MenuItem;
import org.colibri.config.SiteConfig;
import org.colibri.content.Kind;
import org.colibri.content.OfferFields;
import org.colibri.site.ArchiveMonth;
import org.colibri.site.ArchiveYear;
import org.colibri.site.Entry;
import org.colibri.site.OfferState;
import org.colibri.site.Pager;
import org.colibri.site.Site;
import org.colibri.site.Tag;
import org.colibri.site.Urls;
import org.colibri.render.view.DateView;
import org.colibri.render.view.EntryView;
import org.colibri.render.view.ImageView;
import org.colibri.render.view.LinkView;
import org.colibri.render.view.MenuItemView;
import org.colibri.render.view.MonthView;
import org.colibri.render.view.OfferTypeView;
import org.colibri.render.view.OfferView;
import org.colibri.render.view.OrganizationView;
import org.colibri.render.view.PageLinkView;
import org.colibri.render.view.PaginationView;
import org.colibri.render.view.SiteLinksView;
import org.colibri.render.view.SiteView;
import org.colibri.render.view.TagLinkView;
import org.colibri.render.view.TagView;
import org.colibri.render.view.TocEntryView;
import org.colibri.render.view.YearView;

/**
 * Builds the template model from the site. Each entry's view is built once and shared by its
 * page and every list it appears in.
 */
final class ViewFactory {

    private final Site site;
    private final SiteConfig config;
    private final Urls urls;
    private final DateFormats dates;
    private final Map<Entry, EntryView> entryViews = new IdentityHashMap<>();
    private final SiteView siteView;
    private final ViewCache cache;
    private final DateView now;

    ViewFactory(Site site, Map<String, String> assets, ViewCache cache) {
        this.site = site;
        this.cache = cache;
        this.config = site.config();
        this.urls = site.urls();
        this.dates = new DateFormats(config.locale());
        this.siteView = cache.site(new SiteView(config.title(), config.description(), config.language(), config.baseUrl(),
                config.basePath(),
                new OrganizationView(config.organization().name(), config.organization().url(),
                        config.organization().logo().isEmpty() ? "" : urls.link(config.organization().logo())),
                new SiteLinksView(urls.link("/"), urls.link("/articles/"), urls.link("/offers/"), urls.link("/tags/"),
                        urls.link("/archives/"), urls.link("/feed.xml"), urls.link("/offers/feed.xml"),
                        urls.link("/sitemap.xml")),
                config.labels(), assets, config.offers().types(), config.params(), "Colibri"));
        this.now = dates.of(site.now());
        buildEntryViews();
    }

    /** Types with at least one offer, with their list page: the offer lists' filters. */
    List<OfferTypeView> offerTypeLists(Map<String, List<Entry>> offersByType) {
        List<OfferTypeView> types = new ArrayList<>();
        config.offers().types().forEach((type, label) -> {
            int count = offersByType.getOrDefault(type, List.of()).size();
            if (count > 0) {
                types.add(new OfferTypeView(type, label, urls.link("/offers/type/" + type + "/"), count));
            }
        });
        return List.copyOf(types);
    }

    SiteView site() {
        return siteView;
    }

    EntryView entry(Entry entry) {
        return entryViews.get(entry);
    }

    List<EntryView> entries(List<Entry> entries) {
        return entries.stream().map(entryViews::get).toList();
    }

    /** Built on both cores (each view is independent), then kept in the entries' order. */
    private void buildEntryViews() {
        List<Entry> articles = site.articles();
        List<Entry> all = new ArrayList<>(articles);
        all.addAll(site.offers());
        all.addAll(site.pages());
        List<EntryView> views = java.util.stream.IntStream.range(0, all.size()).parallel().mapToObj(i -> {
            if (i >= articles.size()) {
                return view(all.get(i), null, null);
            }
            // articles are newest first: the previous article is the older one, the next the newer one
            LinkView previous = i + 1 < articles.size() ? link(articles.get(i + 1)) : null;
            LinkView next = i > 0 ? link(articles.get(i - 1)) : null;
            return view(articles.get(i), previous, next);
        }).toList();
        for (int i = 0; i < all.size(); i++) {
            entryViews.put(all.get(i), views.get(i));
        }
    }

    private LinkView link(Entry entry) {
        return cache.link(entry, () -> new LinkView(entry.title(), urls.link(entry.url())));
    }

    private EntryView view(Entry entry, LinkView previous, LinkView next) {
        return cache.entry(entry, previous, next, () -> newView(entry, previous, next));
    }

    private EntryView newView(Entry entry, LinkView previous, LinkView next) {
        var item = entry.item();
        ImageView image = entry.image() == null ? null : new ImageView(urls.link(entry.image().url()),
                urls.absolute(entry.image().url()), entry.image().alt(), entry.image().caption(),
                entry.image().credit());
        List<TagLinkView> tags = entry.tags().stream()
                .map(t -> new TagLinkView(t.name(), t.slug(), urls.link("/tags/" + t.slug() + "/"))).toList();
        List<TocEntryView> toc = entry.content().toc().stream()
                .map(t -> new TocEntryView(t.level(), t.id(), t.text())).toList();
        return new EntryView(item.kind().id(), item.title(), urls.link(entry.url()), urls.absolute(entry.url()),
                dates.of(item.date()), dates.of(item.updated()), entry.summary(), entry.content().body(), toc, tags,
                image, item.author(), entry.readingMinutes(), item.draft(), item.params(),
                item.kind() == Kind.OFFER ? offer(item.offer(), entry.offer()) : null, previous, next,
                item.sourcePath());
    }

    private OfferView offer(OfferFields offer, OfferState state) {
        String status = state.status().id();
        String statusLabel = switch (state.status()) {
            case OPEN -> config.labels().get("statusOpen");
            case FILLED -> config.labels().get("statusFilled");
            case CLOSED -> config.labels().get("statusClosed");
        };
        String contact = offer.contact();
        String contactUrl = contact.contains("@") && !contact.contains(" ") && !contact.contains(":")
                ? "mailto:" + contact : contact;
        return new OfferView(offer.type(), config.offers().types().getOrDefault(offer.type(), offer.type()), status,
                statusLabel, dates.of(offer.deadline(), config.timezone()),
                offer.deadline() == null ? null
                        : DateFormats.iso(offer.deadline().atTime(LocalTime.of(23, 59, 59)).atZone(config.timezone())),
                state.daysLeft(), state.daysLeft() != null && state.daysLeft() <= 7,
                offer.location(), offer.duration(), offer.contract(), contact, contactUrl);
    }

    /** The menu with the section of {@code currentUrl} (a site path) marked. */
    List<MenuItemView> menu(String currentUrl) {
        List<MenuItem> items = config.menu();
        java.util.BitSet current = new java.util.BitSet(items.size());
        for (int i = 0; i < items.size(); i++) {
            String url = items.get(i).url();
            current.set(i, !Urls.isExternal(url)
                    && (url.equals(currentUrl) || (!url.equals("/") && url.endsWith("/") && currentUrl.startsWith(url))));
        }
        // Pages of one section share one menu: made once, and the same from build to build.
        return cache.menu(current, () -> {
            List<MenuItemView> menu = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                menu.add(new MenuItemView(items.get(i).title(), urls.link(items.get(i).url()), current.get(i)));
            }
            return List.copyOf(menu);
        });
    }

    <T> PaginationView pagination(Pager.Slice<T> slice, String listUrl) {
        // First, last, and two on each side of the current page: a list of a thousand pages must
        // not print a thousand links on each of them.
        List<PageLinkView> pages = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= slice.total(); n++) {
            if (n == 1 || n == slice.total() || Math.abs(n - slice.number()) <= 2) {
                if (n > previous + 1) {
                    pages.add(new PageLinkView(0, null, false, true));
                }
                pages.add(new PageLinkView(n, urls.link(n == 1 ? listUrl : listUrl + "page/" + n + "/"),
                        n == slice.number(), false));
                previous = n;
            }
        }
        return new PaginationView(slice.number(), slice.total(),
                slice.previousUrl() == null ? null : urls.link(slice.previousUrl()),
                slice.nextUrl() == null ? null : urls.link(slice.nextUrl()), pages);
    }

    TagView tag(Tag tag) {
        return new TagView(tag.name(), tag.slug(), urls.link(tag.url()), tag.entries().size(),
                urls.link(tag.url() + "feed.xml"));
    }

    YearView year(ArchiveYear year) {
        List<MonthView> months = year.months().stream().map(this::month).toList();
        return new YearView(year.year(), urls.link(year.url()), year.entries().size(), months);
    }

    MonthView month(ArchiveMonth month) {
        return new MonthView(month.year(), month.month(), dates.monthYear(month.year(), month.month()),
                urls.link(month.url()), month.entries().size());
    }

    DateView date(java.time.ZonedDateTime date) {
        return dates.of(date);
    }

    /** The previous build's job for the page at {@code sitePath} when made from equal values, else a new one. */
    PageJob job(String sitePath, Object from, Supplier<PageJob> make) {
        return cache.job(sitePath, from, make);
    }

    /** The build's "now", made once for every page. */
    DateView now() {
        return now;
    }
}
