package org.colibri.site;

import java.util.List;

import org.colibri.content.Item;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.markdown.LinkResolver;
import org.colibri.markdown.MarkdownRenderer;
import org.colibri.markdown.RenderedMarkdown;

/**
 * Renders an item's Markdown body and resolves its front-matter image, with links resolved against
 * the site's targets, or takes both from the {@link AssemblyCache} when still right. What they
 * report stays with them, so a cached body reports its problems again.
 */
final class BodyRenderer {

    private final MarkdownRenderer markdown;
    private final Urls urls;
    private final AssemblyCache cache;

    BodyRenderer(MarkdownRenderer markdown, Urls urls, AssemblyCache cache) {
        this.markdown = markdown;
        this.urls = urls;
        this.cache = cache;
    }

    AssemblyCache.Body body(Item item, ContentLinkResolver.Targets targets) {
        AssemblyCache.Body cached = cache.get(item);
        if (cached != null) {
            return cached;
        }
        Diagnostics found = new Diagnostics();
        TargetLookups lookups = new TargetLookups(targets);
        ContentLinkResolver links = new ContentLinkResolver(item, lookups, urls, found);
        RenderedMarkdown rendered = markdown.render(item.body(), item.bodyFirstLine(), links);
        List<LinkUse> bodyLinks = links.uses(); // the body's own: the front-matter image below is not one
        ResolvedImage image = null;
        if (item.image() != null) {
            String imageUrl = links.resolve(item.image().path(), LinkResolver.Target.IMAGE, item.image().line());
            image = new ResolvedImage(unlink(imageUrl), item.image().alt(), item.image().caption(),
                    item.image().credit());
        }
        AssemblyCache.Body body = new AssemblyCache.Body(item, rendered, bodyLinks, image, found.sorted(),
                lookups);
        cache.put(body);
        return body;
    }

    /** The resolver returns links with the base path; entries keep site paths. */
    private String unlink(String link) {
        return link.startsWith(urls.basePath()) ? "/" + link.substring(urls.basePath().length()) : link;
    }
}
