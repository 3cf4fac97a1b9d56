package org.colibri.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.colibri.content.Item;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.markdown.LinkResolver;

/**
 * Resolves the links of one item: relative links to {@code .md} files become those pages' URLs,
 * relative paths to files under {@code content/} become their published URLs, site-absolute paths
 * get the base path. Missing pages and images are errors at their line.
 */
final class ContentLinkResolver implements LinkResolver {

    /** What the whole site publishes, by source path relative to the site root. */
    record Targets(Map<String, String> pageUrls, Map<String, String> fileUrls, Set<String> unpublished) {
    }

    private final Item item;
    private final TargetLookups targets;
    private final Urls urls;
    private final Diagnostics diagnostics;
    private final List<LinkUse> uses = new ArrayList<>();

    ContentLinkResolver(Item item, TargetLookups targets, Urls urls, Diagnostics diagnostics) {
        this.item = item;
        this.targets = targets;
        this.urls = urls;
        this.diagnostics = diagnostics;
    }

    /** Every destination resolved so far, in document order. */
    List<LinkUse> uses() {
        return List.copyOf(uses);
    }

    @Override
    public String resolve(String url, Target target, int line) {
        LinkUse use = rewrite(url, target, line);
        uses.add(use);
        return use.published();
    }

    private LinkUse rewrite(String url, Target target, int line) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("?") || Urls.isExternal(url)) {
            return use(url, url, target, line, LinkUse.Resolution.UNCHECKED);
        }
        int cut = indexOfAny(url, '#', '?');
        String path = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.startsWith("/")) {
            return use(url, urls.link(path) + suffix, target, line, LinkUse.Resolution.UNCHECKED);
        }
        String resolved = normalize(item.directory() + "/" + decoded);
        if (resolved == null) {
            report(target, line, "'" + url + "' points outside the site; use a path inside content/");
            return use(url, url, target, line, LinkUse.Resolution.REPORTED);
        }
        String page = targets.page(resolved);
        if (page == null && !resolved.endsWith(".md")) {
            page = targets.page(resolved.replaceAll("/$", "") + "/index.md");
        }
        if (page != null) {
            LinkUse.Resolution resolution = LinkUse.Resolution.FOUND;
            if (targets.isUnpublished(resolved)) {
                diagnostics.warning(SourceLocation.of(item.sourcePath(), line), "link to '" + path
                        + "', which is not published (draft or future); publish it or remove the link");
                resolution = LinkUse.Resolution.UNPUBLISHED;
            }
            return use(url, urls.link(page) + suffix, target, line, resolution);
        }
        String file = targets.file(resolved);
        if (file != null) {
            return use(url, urls.link(file) + suffix, target, line, LinkUse.Resolution.FOUND);
        }
        if (resolved.endsWith(".md")) {
            report(Target.LINK, line, "link to a missing page '" + path + "' (looked for " + resolved
                    + "); check the file name, the path is relative to this file");
            return use(url, url, target, line, LinkUse.Resolution.REPORTED);
        }
        if (target == Target.IMAGE) {
            report(target, line, "image not found: '" + path + "' (looked for " + resolved
                    + "); check the file name, the path is relative to this file");
            return use(url, url, target, line, LinkUse.Resolution.REPORTED);
        }
        return use(url, url, target, line, LinkUse.Resolution.UNCHECKED);
    }

    private static LinkUse use(String written, String published, Target target, int line,
                               LinkUse.Resolution resolution) {
        return new LinkUse(written, published, line, target == Target.IMAGE, resolution);
    }

    private void report(Target target, int line, String message) {
        diagnostics.error(SourceLocation.of(item.sourcePath(), line), message);
    }

    /** Resolves {@code .} and {@code ..}; null when the path climbs above the site root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static int indexOfAny(String text, char a, char b) {
        int ia = text.indexOf(a);
        int ib = text.indexOf(b);
        if (ia < 0) {
            return ib;
        }
        return ib < 0 ? ia : Math.min(ia, ib);
    }
}
