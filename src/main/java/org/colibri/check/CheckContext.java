package org.colibri.check;

import java.nio.file.Path;
import java.util.List;

import org.colibri.output.SiteSnapshot;
import org.colibri.site.Entry;
import org.colibri.site.Site;
import org.colibri.site.Urls;

/** What every check reads: the built site, its pages, and the links of its Markdown, gathered once. */
final class CheckContext {

    private final Site site;
    private final SiteSnapshot snapshot;
    private final Path source;
    private final SitePaths paths;
    private final PageIndex pages;
    private final List<ContentLink> links;

    CheckContext(Site site, SiteSnapshot snapshot, Path source) {
        this.site = site;
        this.snapshot = snapshot;
        this.source = source;
        this.paths = new SitePaths(site.urls(), snapshot);
        this.pages = new PageIndex(snapshot);
        // Each entry's HTML is parsed on its own; the ordered stream keeps site order.
        this.links = site.entries().parallelStream()
                .flatMap(entry -> ContentLinkCollector.collect(entry, site.urls().basePath()).stream())
                .toList();
    }

    Site site() {
        return site;
    }

    SiteSnapshot snapshot() {
        return snapshot;
    }

    /** The site's folder, for checks that read site.yml or templates. */
    Path source() {
        return source;
    }

    PageIndex pages() {
        return pages;
    }

    /** The URLs of every entry's Markdown, entries in site order, URLs in document order. */
    List<ContentLink> links() {
        return links;
    }

    /** Where a URL found in the entry's page leads. */
    Target resolve(ContentLink link) {
        return paths.resolve(link.url(), pageLink(link.entry()));
    }

    Target resolve(String url, String pageLink) {
        return paths.resolve(url, pageLink);
    }

    /** The entry's page as a link with the base path ({@code /site/articles/x/}). */
    String pageLink(Entry entry) {
        return site.urls().link(entry.url());
    }

    /** The page's own link for an output path: {@code tags/index.html} → {@code /site/tags/}. */
    String pageLink(String outputPath) {
        String path = outputPath.endsWith("index.html")
                ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath;
        return site.urls().link("/" + path);
    }

    /** The site path of every built file, pages as folders ({@code /articles/x/}), for suggestions. */
    List<String> sitePaths(boolean html) {
        return snapshot.paths().stream().filter(p -> p.endsWith(".html") == html)
                .map(p -> "/" + (p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p))
                .toList();
    }

    /** The output file of the entry's page. */
    String outputPath(Entry entry) {
        return Urls.outputPath(entry.url());
    }
}
