package org.colibri.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.colibri.output.OutputFile;
import org.colibri.site.Entry;

/**
 * The pages of the previous build with the template and model each was rendered from, for
 * rebuilds while serving: a page whose template and model equal the previous ones (view records
 * compare by value) gets the previous bytes instead of being rendered again, so an edit re-renders
 * only the pages that show what changed. Valid for one set of templates and theme assets: a change
 * under {@code templates/} needs a new cache.
 */
public final class PageCache {

    private record Page(String template, Map<String, Object> model, OutputFile file) {
    }

    /** A file written in Java (feed, sitemap) and the value it was written from. */
    private record Written(Object from, byte[] bytes) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final ViewCache views;
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    /** False for a one-off build: keeping every page's bytes for a next build that never comes doubles the heap. */
    private final boolean keepsPages;
    private ThemeAssets assets;
    private int rendered;

    /** A cache for a series of builds in one process ({@code serve}). */
    public PageCache() {
        this(true);
    }

    private PageCache(boolean keepsPages) {
        this.keepsPages = keepsPages;
        this.views = new ViewCache(keepsPages);
    }

    /** For one build: views are still shared between the pages of the build, nothing is kept for a next one. */
    public static PageCache forOneBuild() {
        return new PageCache(false);
    }

    /** The previous file of {@code job}'s page when its template and model are unchanged, else null. */
    OutputFile get(PageJob job) {
        Page page = pages.get(job.sitePath());
        return page != null && page.template().equals(job.template()) && page.model().equals(job.model())
                && page.file().origin().equals(job.origin()) ? page.file() : null;
    }

    void put(PageJob job, OutputFile file) {
        if (!keepsPages) {
            return;
        }
        pages.put(job.sitePath(), new Page(job.template(), job.model(), file));
    }

    /**
     * Ends a build: counts the pages it rendered and forgets the pages, views, feeds and entries
     * the site no longer has (nothing to forget in a cache for one build).
     */
    synchronized void endBuild(List<PageJob> jobs, List<Entry> entries, List<OutputFile> feeds, int renderedNow) {
        rendered = renderedNow;
        if (!keepsPages) {
            return;
        }
        Set<String> sitePaths = jobs.stream().map(PageJob::sitePath).collect(Collectors.toSet());
        pages.keySet().retainAll(sitePaths);
        views.retainJobs(sitePaths);
        views.retain(entries.stream().map(e -> e.item().sourcePath()).collect(Collectors.toSet()));
        Set<String> writtenPaths = feeds.stream().map(OutputFile::path).collect(Collectors.toSet());
        writtenPaths.add("sitemap.xml");
        written.keySet().retainAll(writtenPaths);
    }

    /**
     * The previous bytes of the file at {@code path} when it was written from a value equal to
     * {@code from}; else writes it again.
     */
    byte[] written(String path, Object from, java.util.function.Supplier<byte[]> write) {
        Written previous = written.get(path);
        if (previous != null && previous.from().equals(from)) {
            return previous.bytes();
        }
        byte[] bytes = write.get();
        if (keepsPages) {
            written.put(path, new Written(from, bytes));
        }
        return bytes;
    }

    ViewCache views() {
        return views;
    }

    /** The theme assets, read once per cache. */
    synchronized ThemeAssets assets(Path siteTemplates) throws IOException {
        if (assets == null) {
            assets = ThemeAssets.load(siteTemplates);
        }
        return assets;
    }

    /** How many pages the last build rendered rather than reused. */
    public synchronized int renderedLastTime() {
        return rendered;
    }
}
