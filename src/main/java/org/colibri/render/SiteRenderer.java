package org.colibri.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.colibri.diagnostic.Diagnostics;
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
        Urls urls = site.urls();
        checkLayouts(site, diagnostics);
        ThemeAssets assets = ThemeAssets.load(siteTemplates);
        ViewFactory views = new ViewFactory(site, assets.links(urls));
        List<PageJob> jobs = new PageJobPlanner(site, views, new MetaFactory(site.config(), urls),
                engine::exists).plan();

        List<OutputFile> outputs = new ArrayList<>(jobs.size() + site.files().size() + 64);
        outputs.addAll(jobs.parallelStream()
                .map(job -> engine.render(job.template(), job.model(), job.origin(), diagnostics)
                        .map(bytes -> OutputFile.rendered(Urls.outputPath(job.sitePath()), bytes, job.origin()))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList());
        outputs.addAll(feeds(site));
        outputs.add(OutputFile.rendered("sitemap.xml", SitemapWriter.sitemap(jobs, urls), "sitemap"));
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

    private List<OutputFile> feeds(Site site) {
        AtomFeedWriter atom = new AtomFeedWriter(site.config(), site.urls());
        List<OutputFile> feeds = new ArrayList<>();
        List<Entry> latest = site.dated().subList(0, Math.min(FEED_SIZE, site.dated().size()));
        feeds.add(OutputFile.rendered("feed.xml",
                atom.write(site.config().title(), "/feed.xml", "/", latest, site.now()), "feed"));
        feeds.add(OutputFile.rendered("offers/feed.xml",
                atom.write(site.config().labels().get("openOffers") + " – " + site.config().title(),
                        "/offers/feed.xml", "/offers/", site.openOffers(), site.now()), "offers feed"));
        for (Tag tag : site.tags()) {
            List<Entry> entries = tag.entries().subList(0, Math.min(FEED_SIZE, tag.entries().size()));
            feeds.add(OutputFile.rendered(Urls.outputPath(tag.url() + "feed.xml"),
                    atom.write(tag.name() + " – " + site.config().title(), tag.url() + "feed.xml", tag.url(),
                            entries, site.now()), "tag " + tag.slug()));
        }
        return feeds;
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
