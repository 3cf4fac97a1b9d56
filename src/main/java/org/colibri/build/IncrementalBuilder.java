package org.colibri.build;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.colibri.config.SiteConfig;
import org.colibri.content.Content;
import org.colibri.content.Slugs;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.markdown.MarkdownRenderer;
import org.colibri.output.OutputFile;
import org.colibri.output.SiteSnapshot;
import org.colibri.render.PageCache;
import org.colibri.render.SiteRenderer;
import org.colibri.render.TemplateEngine;
import org.colibri.site.AssemblyCache;
import org.colibri.site.Site;
import org.colibri.site.SiteAssembler;
import org.colibri.site.SiteOptions;

/**
 * Builds a site again and again in memory, as {@code serve} needs, doing only the work a change
 * calls for: changed content files are parsed again, Markdown is rendered again only for changed
 * bodies and for links whose targets moved, and pages are rendered again only when their model
 * changed. A change to {@code site.yml} starts from scratch; a change under {@code templates/}
 * renders every page again. Each build's result is the one {@link BuildPipeline#run} gives.
 *
 * <p>Not thread-safe: one thread runs the builds, one after the other.
 */
public final class IncrementalBuilder {

    private static final String SITE_YML = "site.yml";
    private static final String TEMPLATES = "templates";

    private final BuildOptions options;
    private ContentCache content;
    private MarkdownRenderer markdown;
    private AssemblyCache assemblyCache;
    private TemplateEngine engine;
    private PageCache pages;
    private boolean lastFailed = true;

    public IncrementalBuilder(BuildOptions options) {
        this.options = options;
    }

    /** Builds the site after {@code changes}; the first build is always a full one. */
    public BuildResult build(SourceChanges changes) throws IOException {
        long start = System.nanoTime();
        StageTimer timer = new StageTimer();
        Diagnostics diagnostics = new Diagnostics();
        if (content == null || changes.touches(SITE_YML)) {
            Optional<SiteConfig> loaded = BuildPipeline.config(options, diagnostics);
            if (loaded.isEmpty()) {
                content = null; // read site.yml again on the next change, whatever it is
                lastFailed = true;
                return new BuildResult(null, null, diagnostics.sorted(), since(start), timer.timings());
            }
            content = new ContentCache(options.source(), loaded.get());
            markdown = BuildPipeline.markdown(loaded.get());
            assemblyCache = new AssemblyCache();
            pages = null;
            changes = SourceChanges.everything();
        }
        SiteConfig config = content.config();
        if (pages == null || changes.touchesFolder(TEMPLATES)) {
            pages = new PageCache();
            engine = null;
        }
        if (engine == null || lastFailed) {
            // A template engine reports each template error once in its life: a failed build needs a new one.
            engine = new TemplateEngine(options.templates(), config.locale());
        }
        timer.lap("settings");
        Content loaded = content.load(changes, diagnostics);
        timer.lap("content (read, front matter)");
        SiteOptions siteOptions = new SiteOptions(BuildPipeline.now(options, config), options.drafts(),
                options.future());
        Site site = new SiteAssembler(config, siteOptions, markdown, Slugs::slugify)
                .assemble(loaded, diagnostics, assemblyCache);
        timer.lap("site (Markdown, links, indexes)");
        List<OutputFile> outputs = new SiteRenderer(engine, options.templates()).render(site, diagnostics, pages);
        timer.lap("render (templates, feeds, sitemap)");
        SiteSnapshot snapshot = SiteSnapshot.of(outputs, diagnostics);
        BuildResult result = new BuildResult(snapshot, site, diagnostics.sorted(), since(start), timer.timings());
        lastFailed = result.failed();
        return result;
    }

    /** How many pages the last build rendered rather than reused. */
    public int pagesRendered() {
        return pages == null ? 0 : pages.renderedLastTime();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
