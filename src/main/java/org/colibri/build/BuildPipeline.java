package org.colibri.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.colibri.config.BaseUrls;
import org.colibri.config.SiteConfig;
import org.colibri.config.SiteConfigLoader;
import org.colibri.content.Content;
import org.colibri.content.ContentLoader;
import org.colibri.content.Slugs;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.markdown.MarkdownOptions;
import org.colibri.markdown.MarkdownRenderer;
import org.colibri.output.DirectoryWriter;
import org.colibri.output.StagingArea;
import org.colibri.output.OutputFile;
import org.colibri.output.SiteSnapshot;
import org.colibri.render.PageCache;
import org.colibri.render.PageStore;
import org.colibri.render.SiteRenderer;
import org.colibri.render.TemplateEngine;
import org.colibri.site.Site;
import org.colibri.site.AssemblyCache;
import org.colibri.site.BodyStore;
import org.colibri.site.SiteAssembler;
import org.colibri.site.SiteOptions;

/** The stages of a build, in order. {@link #run} builds in memory; {@link #build} also writes. */
public final class BuildPipeline {

    private BuildPipeline() {
    }

    /** Builds the site in memory, reporting every problem; writes nothing. */
    public static BuildResult run(BuildOptions options) throws IOException {
        return run(options, () -> PageStore.NONE, UnaryOperator.identity());
    }

    private static BuildResult run(BuildOptions options, java.util.function.Supplier<PageStore> pages,
                                   UnaryOperator<OutputFile> sink)
            throws IOException {
        long start = System.nanoTime();
        StageTimer timer = new StageTimer();
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> loaded = config(options, diagnostics);
        if (loaded.isEmpty()) {
            return new BuildResult(null, null, diagnostics.sorted(), since(start), timer.timings());
        }
        SiteConfig config = loaded.get();
        ZonedDateTime now = now(options, config);
        Path cacheDir = options.cacheDir();
        // The cache files are read while the content folder is scanned and read.
        CompletableFuture<ItemCache> items = cacheDir == null ? null
                : inBackground("colibri-item-cache", () -> ItemCache.open(cacheDir));
        CompletableFuture<BuildCache> bodies = cacheDir == null ? null
                : inBackground("colibri-body-cache", () -> BuildCache.open(cacheDir));
        // FreeMarker and the templates load on a third thread while the content is read and rendered.
        CompletableFuture<TemplateEngine> templates = inBackground("colibri-templates",
                () -> templateEngine(options, config));
        timer.lap("settings");
        Content content = ContentLoader.load(options.source(), config, diagnostics,
                items == null ? null : items::join);
        timer.lap("content (read, front matter)");
        // Each cache file is complete once its stage is done: it is written while the next ones run.
        CompletableFuture<IOException> savingItems = items == null ? null
                : inBackground("colibri-item-cache-save", () -> saveCache(items.join()::save));
        Site site = new SiteAssembler(config, new SiteOptions(now, options.drafts(), options.future()),
                markdown(config), Slugs::slugify).assemble(content, diagnostics,
                AssemblyCache.forOneBuild(bodies == null ? BodyStore.NONE : bodies.join()));
        timer.lap("site (Markdown, links, indexes)");
        CompletableFuture<IOException> savingBodies = bodies == null ? null
                : inBackground("colibri-body-cache-save", () -> saveCache(bodies.join()::save));
        TemplateEngine engine = joinTemplates(templates);
        List<OutputFile> outputs = new SiteRenderer(engine, options.templates())
                .render(site, diagnostics, PageCache.forOneBuild(), pages.get(), sink);
        timer.lap("render (templates, feeds, sitemap)");
        if (cacheDir != null) {
            IOException failure = savingBodies.join() != null ? savingBodies.join() : savingItems.join();
            if (failure != null) {
                warnUnsaved(failure, options, diagnostics);
            }
            timer.lap("build cache (save, rest of)");
        }
        SiteSnapshot snapshot = SiteSnapshot.of(outputs, diagnostics);
        return new BuildResult(snapshot, site, diagnostics.sorted(), since(start), timer.timings());
    }

    /** Builds and, when there is no error, replaces the output folder. */
    public static BuildResult build(BuildOptions options) throws IOException {
        // The manifest is read, and the output folder listed, while settings and content are: only
        // the render and write stages need them.
        CompletableFuture<PageManifest> opening = options.cacheDir() == null ? CompletableFuture.completedFuture(null)
                : inBackground("colibri-manifest", () -> PageManifest.open(options.cacheDir(),
                        options.output().toAbsolutePath().normalize(), ColibriVersion.cacheIdentity()));
        StagingArea staging = StagingArea.beside(options.output());
        BuildResult result;
        try {
            result = run(options, () -> opening.join() == null ? PageStore.NONE : opening.join(), staging::stage);
            staging.checkWrites();
        } catch (IOException | RuntimeException | Error e) {
            staging.discard();
            throw e;
        }
        PageManifest manifest = opening.join();
        if (result.failed()) {
            staging.discard();
            return result;
        }
        long start = System.nanoTime();
        if (manifest != null && manifest.describesOutput()) {
            DirectoryWriter.update(result.snapshot(), manifest.listing(), staging);
        } else {
            DirectoryWriter.write(result.snapshot(), options.output(), staging);
        }
        List<StageTimer.Timing> timings = new java.util.ArrayList<>(result.timings());
        timings.add(new StageTimer.Timing("write", since(start)));
        if (manifest != null) {
            long saving = System.nanoTime();
            try {
                manifest.save();
            } catch (IOException e) {
                // Without a manifest the next build renders every page: slower, never wrong.
            }
            timings.add(new StageTimer.Timing("build cache (pages)", since(saving)));
        }
        return new BuildResult(result.snapshot(), result.site(), result.diagnostics(),
                result.elapsed().plus(since(start)), List.copyOf(timings));
    }

    static Optional<SiteConfig> config(BuildOptions options, Diagnostics diagnostics) {
        Optional<SiteConfig> config = SiteConfigLoader.load(options.source(), diagnostics);
        if (config.isEmpty() || options.baseUrl() == null) {
            return config;
        }
        Optional<String> baseUrl = BaseUrls.parse(options.baseUrl());
        if (baseUrl.isEmpty()) {
            diagnostics.error(SourceLocation.file("--base-url"), "not an absolute http(s) URL (got \""
                    + options.baseUrl() + "\"); write it like https://example.org/site/");
            return Optional.empty();
        }
        return Optional.of(config.get().withBaseUrl(baseUrl.get()));
    }

    private static <T> CompletableFuture<T> inBackground(String name, java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static TemplateEngine templateEngine(BuildOptions options, SiteConfig config) {
        try {
            return new TemplateEngine(options.templates(), config.locale()).preload();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TemplateEngine joinTemplates(CompletableFuture<TemplateEngine> templates) throws IOException {
        try {
            return templates.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Writes one of the build cache's files. */
    private interface Saving {
        void save() throws IOException;
    }

    /** Saves one cache file; the failure, if any, to report once for the whole cache. */
    private static IOException saveCache(Saving cache) {
        try {
            cache.save();
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** A cache that cannot be written only makes the next build slower: a warning, not an error. */
    private static void warnUnsaved(IOException failure, BuildOptions options, Diagnostics diagnostics) {
        Path dir = options.cacheDir();
        String shown = dir.startsWith(options.source()) ? options.source().relativize(dir).toString() : dir.toString();
        diagnostics.warning(SourceLocation.file(shown.replace('\\', '/')), "cannot write the build cache ("
                + failure.getMessage() + "); the next build will render everything again, check the folder's permissions");
    }

    static MarkdownRenderer markdown(SiteConfig config) {
        return new MarkdownRenderer(new MarkdownOptions(config.markdown().escapeRawHtml(),
                config.language().startsWith("fr"), Slugs::slugify));
    }

    static ZonedDateTime now(BuildOptions options, SiteConfig config) {
        var now = options.now();
        if (now.time() == null && now.offset() == null) {
            return now.date().atTime(LocalTime.of(23, 59, 59)).atZone(config.timezone());
        }
        return now.at(config.timezone());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
