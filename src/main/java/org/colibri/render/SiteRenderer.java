package org.colibri.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.colibri.content.Fingerprint;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.markdown.Html;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.output.OutputFile;
import org.colibri.site.Alias;
import org.colibri.site.CopiedFile;
import org.colibri.site.Entry;
import org.colibri.site.Site;
import org.colibri.site.Tag;
import org.colibri.site.Urls;

/** Renders the whole site into output files: pages in parallel, then feeds, sitemap, redirects and copies. */
public final class SiteRenderer {

    /** How many entries the main feed carries. */
    static final int FEED_SIZE = 20;

    private final TemplateEngine engine;
    private final Path siteTemplates;

    public SiteRenderer(TemplateEngine engine, Path siteTemplates) {
        this.engine = engine;
        this.siteTemplates = siteTemplates;
    }

    public List<OutputFile> render(Site site, Diagnostics diagnostics) throws IOException {
        return render(site, diagnostics, PageCache.forOneBuild());
    }

    /**
     * Like {@link #render(Site, Diagnostics)}, reusing the pages of {@code cache} whose template and
     * model are unchanged, and leaving this build's pages in it.
     */
    public List<OutputFile> render(Site site, Diagnostics diagnostics, PageCache cache) throws IOException {
        return render(site, diagnostics, cache, PageStore.NONE, UnaryOperator.identity());
    }

    /**
     * Like {@link #render(Site, Diagnostics, PageCache)}, also keeping the pages that {@code store}
     * says an earlier run of Colibri wrote from the same template and model: those are not rendered,
     * their output file is the one already written.
     */
    public List<OutputFile> render(Site site, Diagnostics diagnostics, PageCache cache, PageStore store,
                                   UnaryOperator<OutputFile> sink) throws IOException {
        Urls urls = site.urls();
        ModelDigest digests = store == PageStore.NONE ? null : new ModelDigest(templatesDigest(), contentKeys(site));
        checkLayouts(site, diagnostics);
        ThemeAssets assets = cache.assets(siteTemplates);
        ViewFactory views = new ViewFactory(site, assets.links(urls), cache.views());
        List<PageJob> jobs = new PageJobPlanner(site, views, new MetaFactory(site.config(), urls, cache.views()),
                engine::exists).plan();

        List<OutputFile> outputs = new ArrayList<>(jobs.size() + site.files().size() + 64);
        AtomicInteger rendered = new AtomicInteger();
        outputs.addAll(jobs.parallelStream()
                .map(job -> page(job, cache, store, digests, rendered, diagnostics))
                // A build writes each page as soon as it is rendered, so the site is never all in memory.
                .map(file -> file == null ? null : sink.apply(file))
                .filter(Objects::nonNull)
                .toList());
        List<OutputFile> feeds = feeds(site, cache, digests == null ? PageStore.NONE : store);
        outputs.addAll(feeds);
        List<SitemapWriter.Line> lines = SitemapWriter.lines(jobs);
        outputs.add(OutputFile.rendered("sitemap.xml",
                cache.written("sitemap.xml", lines, () -> SitemapWriter.sitemap(lines, urls)), "sitemap"));
        cache.endBuild(jobs, site.entries(), feeds, rendered.get());
        outputs.add(OutputFile.rendered("robots.txt", SitemapWriter.robots(urls), "robots.txt"));
        for (Alias alias : site.aliases()) {
            outputs.add(OutputFile.rendered(Urls.outputPath(alias.fromUrl()),
                    RedirectPageWriter.write(alias, site.config(), urls),
                    "alias " + alias.fromUrl() + " in " + alias.target().item().sourcePath()));
        }
        outputs.addAll(assets.outputs());
        for (CopiedFile file : site.files()) {
            outputs.add(OutputFile.copy(file.url().substring(1), file.absolute(), file.sourcePath()));
        }
        return outputs;
    }

    private OutputFile page(PageJob job, PageCache cache, PageStore store, ModelDigest digests,
                            AtomicInteger rendered, Diagnostics diagnostics) {
        OutputFile file = cache.get(job);
        if (file == null && digests != null) {
            String path = Urls.outputPath(job.sitePath());
            Path kept = store.keep(path, digests.of(job));
            if (kept != null) {
                return OutputFile.copy(path, kept, job.origin());
            }
        }
        if (file == null) {
            byte[] bytes = engine.render(job.template(), job.model(), job.origin(), diagnostics).orElse(null);
            if (bytes == null) {
                return null;
            }
            file = OutputFile.rendered(Urls.outputPath(job.sitePath()), bytes, job.origin());
            cache.put(job, file);
            rendered.incrementAndGet();
        }
        return file;
    }

    /** A feed is written again only when what it shows changed. */
    private record Feed(String title, String sitePath, String pagePath, List<Entry> entries, ZonedDateTime now) {
    }

    /** A feed to write and the source it is reported under. */
    private record FeedJob(Feed feed, String origin) {
    }

    /** The feeds, written in parallel (each carries the full text of its entries) and in a fixed order. */
    private List<OutputFile> feeds(Site site, PageCache cache, PageStore store) {
        AtomFeedWriter atom = new AtomFeedWriter(site.config(), site.urls());
        List<FeedJob> jobs = new ArrayList<>();
        List<Entry> latest = site.dated().subList(0, Math.min(FEED_SIZE, site.dated().size()));
        jobs.add(new FeedJob(new Feed(site.config().title(), "/feed.xml", "/", latest, site.now()), "feed"));
        jobs.add(new FeedJob(new Feed(site.config().labels().get("openOffers") + " – " + site.config().title(),
                "/offers/feed.xml", "/offers/", site.openOffers(), site.now()), "offers feed"));
        for (Tag tag : site.tags()) {
            List<Entry> entries = tag.entries().subList(0, Math.min(FEED_SIZE, tag.entries().size()));
            jobs.add(new FeedJob(new Feed(tag.name() + " – " + site.config().title(), tag.url() + "feed.xml",
                    tag.url(), entries, site.now()), "tag " + tag.slug()));
        }
        return jobs.parallelStream().map(job -> feed(atom, cache, store, job.feed(), job.origin())).toList();
    }

    private static OutputFile feed(AtomFeedWriter atom, PageCache cache, PageStore store, Feed feed, String origin) {
        String path = Urls.outputPath(feed.sitePath());
        String digest = store == PageStore.NONE ? null : atom.fingerprint(feed.title(), feed.sitePath(),
                feed.pagePath(), feed.entries(), feed.now());
        // Like a page: a feed made from the same values is the file an earlier build wrote.
        Path kept = digest == null ? null : store.keep(path, digest);
        if (kept != null) {
            return OutputFile.copy(path, kept, origin);
        }
        return OutputFile.rendered(path, cache.written(path, feed, () -> atom.write(feed.title(), feed.sitePath(),
                feed.pagePath(), feed.entries(), feed.now())), origin);
    }

    /** Each entry's HTML, by identity, to the key of what it was rendered from. */
    private static Map<Html, String> contentKeys(Site site) {
        Map<Html, String> keys = new java.util.IdentityHashMap<>();
        for (Entry entry : site.entries()) {
            if (entry.contentKey() != null) {
                keys.put(entry.content().body(), entry.contentKey());
            }
        }
        return keys;
    }

    /** What the site's own templates are, for page digests (the packaged theme goes with the version). */
    private String templatesDigest() throws IOException {
        Fingerprint digest = new Fingerprint();
        if (java.nio.file.Files.isDirectory(siteTemplates)) {
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(siteTemplates)) {
                for (Path file : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                    digest.putText(siteTemplates.relativize(file).toString());
                    digest.putBytes(java.nio.file.Files.readAllBytes(file));
                }
            }
        }
        return digest.hex();
    }

    private void checkLayouts(Site site, Diagnostics diagnostics) {
        for (Entry entry : site.entries()) {
            String layout = entry.item().layout();
            if (layout != null && !engine.exists(layout + ".ftlh")) {
                diagnostics.error(SourceLocation.of(entry.item().sourcePath(), entry.item().lineOf("layout")),
                        "unknown layout '" + layout + "': there is no templates/" + layout
                                + ".ftlh in the site nor in the packaged theme; create it or fix the name");
            }
        }
    }
}
