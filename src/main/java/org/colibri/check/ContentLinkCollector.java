package org.colibri.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.colibri.site.Entry;
import org.colibri.site.LinkUse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Lists the URLs of an entry's rendered Markdown in document order and finds each one's line:
 * from the build's record of Markdown links when there is one, else by searching the body.
 */
final class ContentLinkCollector {

    private static final List<String> ATTRIBUTES = List.of("href", "src", "poster", "data");

    private ContentLinkCollector() {
    }

    static List<ContentLink> collect(Entry entry, String basePath) {
        Map<String, Deque<LinkUse>> uses = new HashMap<>();
        for (LinkUse use : entry.links()) {
            uses.computeIfAbsent(use.published(), k -> new ArrayDeque<>()).add(use);
        }
        SourceLocator locator = new SourceLocator(entry.item());
        List<ContentLink> links = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(entry.content().html())
                .select("[href], [src], [poster], object[data]")) {
            for (String attribute : ATTRIBUTES) {
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                String url = element.attr(attribute);
                LinkUse use = next(uses, url);
                if (use != null) {
                    links.add(new ContentLink(entry, element, url, use.written(),
                            locator.at(use.line(), use.written()), true, use.resolution()));
                } else {
                    SourceLocator.Found found = locator.find(candidates(url, basePath));
                    links.add(new ContentLink(entry, element, url, found == null ? url : found.text(),
                            found == null ? locator.opening() : found.location(), false,
                            LinkUse.Resolution.UNCHECKED));
                }
            }
        }
        return links;
    }

    /** The next Markdown destination published as {@code url}; a reference used twice matches both times. */
    private static LinkUse next(Map<String, Deque<LinkUse>> uses, String url) {
        Deque<LinkUse> queue = uses.get(url);
        if (queue == null) {
            queue = uses.get(SitePaths.decode(url));
        }
        if (queue == null || queue.isEmpty()) {
            return null;
        }
        return queue.size() > 1 ? queue.poll() : queue.peek();
    }

    /** How raw HTML may have written a URL: as published, without the base path, or decoded. */
    private static List<String> candidates(String url, String basePath) {
        List<String> candidates = new ArrayList<>(List.of(url));
        if (!basePath.equals("/") && url.startsWith(basePath)) {
            candidates.add(url.substring(basePath.length() - 1));
        }
        for (String candidate : List.copyOf(candidates)) {
            String decoded = SitePaths.decode(candidate);
            if (!decoded.equals(candidate)) {
                candidates.add(decoded);
            }
        }
        return candidates;
    }
}
