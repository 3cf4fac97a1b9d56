package org.colibri.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.colibri.content.Kind;
import org.colibri.site.ArchiveMonth;
import org.colibri.site.ArchiveYear;
import org.colibri.site.Entry;
import org.colibri.site.Pager;
import org.colibri.site.Site;
import org.colibri.site.Tag;
import org.colibri.render.view.EntryView;
import org.colibri.render.view.HomeView;
import org.colibri.render.view.ListView;
import org.colibri.render.view.MetaView;

/**
 * Decides every HTML page of the site, its template and its model. Lists are cut from the
 * site's presorted indexes; nothing here scans all entries per list.
 */
final class PageJobPlanner {

    private final Site site;
    private final ViewFactory views;
    private final MetaFactory meta;
    private final Map<String, String> labels;
    private final ZonedDateTime siteLastmod;
    private final List<PageJob> jobs = new ArrayList<>();

    private final java.util.function.Predicate<String> templateExists;

    /** @param templateExists tells whether a layout's template exists (a missing one is reported elsewhere) */
    PageJobPlanner(Site site, ViewFactory views, MetaFactory meta, java.util.function.Predicate<String> templateExists) {
        this.site = site;
        this.templateExists = templateExists;
        this.views = views;
        this.meta = meta;
        this.labels = site.config().labels();
        this.siteLastmod = site.entries().stream().map(PageJobPlanner::lastmod)
                .filter(java.util.Objects::nonNull).max(ZonedDateTime::compareTo).orElse(site.now());
    }

    List<PageJob> plan() {
        // An entry's page model (its meta, structured data and view) is the most of planning: made on
        // both cores, kept in the entries' order.
        jobs.addAll(site.entries().parallelStream().map(this::entryJob).toList());
        home();
        list("articles", labels.get("articles"), "/articles/", site.articles(), null);
        // Only the offer lists show the type filters: keeping them out of every other page's model
        // means a new offer does not make every page of the site look changed.
        // One pass over the offers; each type's list keeps the offers' order.
        Map<String, List<Entry>> byType = site.offers().stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.item().offer().type(), LinkedHashMap::new, java.util.stream.Collectors.toList()));
        Map<String, Object> filters = Map.of("offerTypeLists", views.offerTypeLists(byType));
        paginate("offers", labels.get("offers"), "/offers/", site.offers(), "/offers/feed.xml", "list.ftlh", filters);
        // Every configured type gets its page, even without offers, so links to a type never break.
        site.config().offers().types().forEach((type, label) -> {
            paginate("offerType", label, "/offers/type/" + type + "/", byType.getOrDefault(type, List.of()), null,
                    "list.ftlh", filters);
        });
        tags();
        archives();
        Map<String, Object> notFound = model(meta.page(labels.get("notFoundTitle"), "/404.html"), "/404.html");
        notFound.put("home", home(site.articles()));
        jobs.add(new PageJob("/404.html", "404.ftlh", notFound, "404 page", null));
        return jobs;
    }

    private PageJob entryJob(Entry entry) {
        String layout = entry.item().layout() == null ? null : entry.item().layout() + ".ftlh";
        String template = layout != null && templateExists.test(layout) ? layout : entry.kind().id() + ".ftlh";
        MetaView entryMeta = meta.entry(entry);
        EntryView page = views.entry(entry);
        ZonedDateTime lastmod = lastmod(entry);
        return views.job(entry.url(), Arrays.asList(template, entryMeta, page, lastmod, views.site(), views.now()),
                () -> {
                    Map<String, Object> model = model(entryMeta, entry.url());
                    model.put("page", page);
                    return new PageJob(entry.url(), template, model, entry.item().sourcePath(), lastmod);
                });
    }

    private void home() {
        Map<String, Object> model = model(meta.page(null, "/"), "/");
        model.put("home", home(site.articles()));
        jobs.add(new PageJob("/", "home.ftlh", model, "home page", siteLastmod));
    }

    private HomeView home(List<Entry> articles) {
        List<Entry> latest = articles.subList(0, Math.min(site.config().pageSize(), articles.size()));
        return new HomeView(views.entries(latest), views.entries(site.openOffers()), articles.size(),
                site.offers().size());
    }

    private void tags() {
        Map<String, Object> index = model(meta.page(labels.get("tags"), "/tags/"), "/tags/");
        index.put("tags", site.tags().stream().map(views::tag).toList());
        jobs.add(new PageJob("/tags/", "tags.ftlh", index, "tags", siteLastmod));
        for (Tag tag : site.tags()) {
            String title = tag.name();
            paginate("tag", title, tag.url(), tag.entries(), tag.url() + "feed.xml", "tag.ftlh",
                    Map.of("tag", views.tag(tag)));
        }
    }

    private void archives() {
        Map<String, Object> index = model(meta.page(labels.get("archives"), "/archives/"), "/archives/");
        index.put("years", site.years().stream().map(views::year).toList());
        jobs.add(new PageJob("/archives/", "archives.ftlh", index, "archives", siteLastmod));
        for (ArchiveYear year : site.years()) {
            paginate("year", String.valueOf(year.year()), year.url(), year.entries(), null, "archive.ftlh",
                    Map.of("year", views.year(year)));
            for (ArchiveMonth month : year.months()) {
                var monthView = views.month(month);
                paginate("month", monthView.name(), month.url(), month.entries(), null, "archive.ftlh",
                        orderedExtra(views.year(year), monthView));
            }
        }
    }

    /** The year and month of a month page, in a stable order (Map.of's order varies between JVMs). */
    private static Map<String, Object> orderedExtra(Object year, Object month) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("year", year);
        extra.put("month", month);
        return extra;
    }

    private void list(String kind, String title, String url, List<Entry> entries, String feed) {
        paginate(kind, title, url, entries, feed, "list.ftlh", Map.of());
    }

    private void paginate(String kind, String title, String url, List<Entry> entries, String feed, String template,
                          Map<String, Object> extra) {
        for (Pager.Slice<Entry> slice : Pager.paginate(entries, site.config().pageSize(), url)) {
            List<EntryView> items = views.entries(slice.items());
            ZonedDateTime lastmod = slice.items().stream().map(PageJobPlanner::lastmod)
                    .max(ZonedDateTime::compareTo).orElse(siteLastmod);
            // Everything the job is made from: thousands of list pages are rebuilt only when one changes.
            List<Object> from = Arrays.asList(kind, title, template, slice.number(), slice.total(), entries.size(),
                    feed, extra, items, lastmod, views.site(), views.now());
            jobs.add(views.job(slice.url(), from, () -> {
                MetaView pageMeta = meta.list(title, slice);
                Map<String, Object> model = model(pageMeta, slice.url());
                model.putAll(extra);
                model.put("list", new ListView(kind, title, items, entries.size(),
                        views.pagination(slice, url), feed == null ? null : site.urls().link(feed)));
                return new PageJob(slice.url(), template, model, kind + " list " + url, lastmod);
            }));
        }
    }

    private Map<String, Object> model(MetaView pageMeta, String sitePath) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", views.site());
        model.put("menu", views.menu(sitePath));
        model.put("meta", pageMeta);
        model.put("now", views.now());
        return model;
    }

    /** An offer that closed by itself changed on the day after its deadline. */
    static ZonedDateTime lastmod(Entry entry) {
        ZonedDateTime modified = entry.lastModified();
        if (entry.kind() == Kind.OFFER && entry.offer().changedOn() != null) {
            ZonedDateTime changed = entry.offer().changedOn().atStartOfDay(entry.date().getZone());
            return modified == null || changed.isAfter(modified) ? changed : modified;
        }
        return modified;
    }
}
