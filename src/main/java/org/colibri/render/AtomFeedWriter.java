package org.colibri.render;

import org.colibri.output.TextEscapes;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.colibri.config.SiteConfig;
import org.colibri.content.Fingerprint;
import org.colibri.site.Entry;
import org.colibri.site.Urls;

/**
 * Atom 1.0 feeds (RFC 4287): absolute URLs everywhere, full HTML content, a feed-level author,
 * and {@code updated} = the latest {@code updated} or {@code date} of its entries.
 */
final class AtomFeedWriter {

    private static final Pattern ROOT_RELATIVE = Pattern.compile("(href|src)=\"/(?!/)");

    private final SiteConfig config;
    private final Urls urls;
    private final String origin;
    /**
     * Each entry's {@code <entry>} element, made once: an entry is in the site feed and in the
     * feed of each of its tags, and escaping its whole HTML is most of a feed's cost. By identity:
     * hashing an entry by value would hash its item.
     */
    private final Map<Entry, String> entryXml = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    AtomFeedWriter(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
        String base = config.baseUrl();
        this.origin = base.substring(0, base.length() - config.basePath().length());
    }

    /**
     * @param sitePath    the feed's own site path ({@code /feed.xml})
     * @param pagePath    the HTML page the feed mirrors ({@code /tags/sante/})
     * @param fallbackNow {@code updated} of a feed without entries
     */
    byte[] write(String title, String sitePath, String pagePath, List<Entry> entries, ZonedDateTime fallbackNow) {
        ZonedDateTime updated = entries.stream().map(Entry::lastModified).max(ZonedDateTime::compareTo)
                .orElse(fallbackNow);
        StringBuilder xml = new StringBuilder(8192 + entries.size() * 4096);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(TextEscapes.markup(config.language()))
                .append("\">\n");
        element(xml, "  ", "title", title);
        if (!config.description().isEmpty()) {
            element(xml, "  ", "subtitle", config.description());
        }
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(TextEscapes.markup(urls.absolute(sitePath))).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(TextEscapes.markup(urls.absolute(pagePath))).append("\"/>\n");
        element(xml, "  ", "id", urls.absolute(sitePath));
        element(xml, "  ", "updated", DateFormats.iso(updated));
        xml.append("  <author>\n");
        element(xml, "    ", "name", config.organization().name().isEmpty() ? config.title()
                : config.organization().name());
        if (!config.organization().url().isEmpty()) {
            element(xml, "    ", "uri", config.organization().url());
        }
        xml.append("  </author>\n");
        xml.append("  <generator>Colibri</generator>\n");
        for (Entry entry : entries) {
            String element = entryXml.get(entry);
            if (element == null) {
                // Made outside the map's lock: two feeds written at once may both make it, equal.
                element = entry(entry);
                entryXml.putIfAbsent(entry, element);
            }
            xml.append(element);
        }
        xml.append("</feed>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A fingerprint of everything {@link #write} reads, for the build cache: an unchanged feed is
     * kept as written. Null when an entry has no content key (no persistent cache). Lists the same
     * values as {@code write} and {@code entry}: change them together.
     */
    String fingerprint(String title, String sitePath, String pagePath, List<Entry> entries, ZonedDateTime fallbackNow) {
        Fingerprint key = new Fingerprint().putText("atom").putText(config.language()).putText(config.description())
                .putText(config.title()).putText(config.organization().name()).putText(config.organization().url())
                .putText(config.baseUrl()).putText(config.basePath()).putText(title).putText(sitePath)
                .putText(pagePath).putText(entries.isEmpty() ? DateFormats.iso(fallbackNow) : "")
                .putInt(entries.size());
        for (Entry entry : entries) {
            if (entry.contentKey() == null) {
                return null;
            }
            key.putText(entry.title()).putText(entry.url()).putText(DateFormats.iso(entry.date()))
                    .putText(DateFormats.iso(entry.lastModified())).putText(entry.item().author())
                    .putInt(entry.tags().size());
            for (var tag : entry.tags()) {
                key.putText(tag.slug()).putText(tag.name());
            }
            key.putText(entry.summary()).putText(entry.contentKey());
        }
        return key.hex();
    }

    private String entry(Entry entry) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("  <entry>\n");
        element(xml, "    ", "title", entry.title());
        xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(TextEscapes.markup(urls.absolute(entry.url()))).append("\"/>\n");
        element(xml, "    ", "id", urls.absolute(entry.url()));
        element(xml, "    ", "published", DateFormats.iso(entry.date()));
        element(xml, "    ", "updated", DateFormats.iso(entry.lastModified()));
        if (!entry.item().author().isEmpty()) {
            xml.append("    <author>\n");
            element(xml, "      ", "name", entry.item().author());
            xml.append("    </author>\n");
        }
        for (var tag : entry.tags()) {
            xml.append("    <category term=\"").append(TextEscapes.markup(tag.slug())).append("\" label=\"")
                    .append(TextEscapes.markup(tag.name())).append("\"/>\n");
        }
        if (!entry.summary().isEmpty()) {
            element(xml, "    ", "summary", entry.summary());
        }
        xml.append("    <content type=\"html\">").append(TextEscapes.markup(absoluteLinks(entry.content().html())))
                .append("</content>\n");
        xml.append("  </entry>\n");
        return xml.toString();
    }

    /** Feed readers have no page URL to resolve root-relative links against. */
    String absoluteLinks(String html) {
        return ROOT_RELATIVE.matcher(html).replaceAll("$1=\"" + Matcher.quoteReplacement(origin) + "/");
    }

    private static void element(StringBuilder xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(TextEscapes.markup(text)).append("</")
                .append(name).append(">\n");
    }
}
