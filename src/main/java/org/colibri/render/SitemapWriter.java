package org.colibri.render;

import org.colibri.output.TextEscapes;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;

import org.colibri.site.Urls;

/** {@code sitemap.xml} (sitemaps.org 0.9) and the {@code robots.txt} that names it. */
final class SitemapWriter {

    private SitemapWriter() {
    }

    /** One URL of the sitemap. */
    record Line(String sitePath, ZonedDateTime lastmod) {
    }

    /** The sitemap's lines: pages with a lastmod, in path order. */
    static List<Line> lines(List<PageJob> pages) {
        return pages.stream().filter(p -> p.lastmod() != null)
                .map(p -> new Line(p.sitePath(), p.lastmod()))
                .sorted(java.util.Comparator.comparing(Line::sitePath))
                .toList();
    }

    static byte[] sitemap(List<Line> lines, Urls urls) {
        StringBuilder xml = new StringBuilder(256 + lines.size() * 128);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        lines.forEach(page -> xml.append("  <url><loc>").append(TextEscapes.markup(urls.absolute(page.sitePath())))
                        .append("</loc><lastmod>").append(DateFormats.iso(page.lastmod()))
                        .append("</lastmod></url>\n"));
        xml.append("</urlset>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] robots(Urls urls) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
