package org.colibri.site;

import java.util.List;

import org.colibri.content.Fingerprint;
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
    /** What every store key of this build starts with: the Markdown settings and the base URL. */
    private final String keySettings;

    BodyRenderer(MarkdownRenderer markdown, Urls urls, AssemblyCache cache) {
        this.markdown = markdown;
        this.urls = urls;
        this.cache = cache;
        this.keySettings = markdown.settingsKey() + "\u0000" + urls.baseUrl();
    }

    AssemblyCache.Body body(Item item, ContentLinkResolver.Targets targets) {
        AssemblyCache.Body cached = cache.get(item);
        if (cached != null) {
            return cached;
        }
        // Without a store (serve, --no-cache) there is nothing to look up. With one, the content loader
        // gave every item the fingerprint of its file, which the key is made from.
        boolean persistent = cache.store() != BodyStore.NONE && item.sourceKey() != null;
        String key = persistent ? storeKey(item) : null;
        BodyStore.Stored stored = persistent ? cache.store().find(key) : null;
        if (stored != null && stillRight(stored, targets)) {
            AssemblyCache.Body body = new AssemblyCache.Body(item, stored.markdown(), stored.links(), stored.image(),
                    stored.diagnostics(), TargetLookups.replay(targets, stored.answers()),
                    contentKey(key, stored.answers()));
            cache.store().keep(key, stored);
            cache.put(body);
            return body;
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
                lookups, persistent ? contentKey(key, lookups.answers()) : null);
        cache.put(body);
        if (persistent) {
            cache.store().keep(key, new BodyStore.Stored(rendered, bodyLinks, image, body.diagnostics(),
                    lookups.answers()));
        }
        return body;
    }

    /** A stored rendering is right when every link target it looked up still answers the same. */
    private static boolean stillRight(BodyStore.Stored stored, ContentLinkResolver.Targets targets) {
        for (BodyStore.TargetAnswer answer : stored.answers()) {
            if (!answer.equals(TargetLookups.answer(targets, answer.sourcePath()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Everything a body's rendering is made from, besides the link answers checked separately: the
     * Markdown settings, the base URL and the file (whose fingerprint covers the body, where it
     * starts and the image). The Colibri version is the store's own concern.
     */
    private String storeKey(Item item) {
        return new Fingerprint().putText(keySettings).putText(item.sourcePath()).putText(item.sourceKey()).hex();
    }

    /**
     * The identity of a body's rendering: its store key and the answers of the link targets it
     * looked up determine the HTML, so page fingerprints hash this instead of the HTML itself.
     */
    private static String contentKey(String storeKey, List<BodyStore.TargetAnswer> answers) {
        Fingerprint key = new Fingerprint().putText(storeKey).putInt(answers.size());
        for (BodyStore.TargetAnswer answer : answers) {
            key.putText(answer.sourcePath()).putOptionalText(answer.pageUrl()).putOptionalText(answer.fileUrl())
                    .put(answer.unpublished() ? 1 : 0);
        }
        return key.hex();
    }

    /** The resolver returns links with the base path; entries keep site paths. */
    private String unlink(String link) {
        return link.startsWith(urls.basePath()) ? "/" + link.substring(urls.basePath().length()) : link;
    }
}
