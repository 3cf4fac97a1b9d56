package org.colibri.site;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.content.Item;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.markdown.MarkdownRenderer;
import org.colibri.markdown.RenderedMarkdown;

/**
 * The rendered Markdown of each item from one build to the next, for rebuilds while serving: an
 * item whose body and image are unchanged, and whose links still point where they did, is not
 * rendered again. One cache serves one site; it forgets everything when the renderer or the URLs
 * change (a new {@code site.yml}).
 */
public final class MarkdownCache {

    /** What rendering an item's body produced, and what it depended on. */
    record Body(Item item, RenderedMarkdown markdown, ResolvedImage image, List<Diagnostic> diagnostics,
                TargetLookups lookups) {

        boolean fits(Item other, ContentLinkResolver.Targets targets) {
            return item.sourcePath().equals(other.sourcePath()) && item.bodyFirstLine() == other.bodyFirstLine()
                    && item.body().equals(other.body()) && Objects.equals(item.image(), other.image())
                    && lookups.sameAnswers(targets);
        }
    }

    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private MarkdownRenderer renderer;
    private Urls urls;

    /** Starts a build: drops everything rendered with another renderer or other URLs. */
    synchronized void prepare(MarkdownRenderer newRenderer, Urls newUrls) {
        if (newRenderer != renderer || !newUrls.equals(urls)) {
            bodies.clear();
            renderer = newRenderer;
            urls = newUrls;
        }
    }

    /** The cached body of {@code item}, or null when it must be rendered again. */
    Body get(Item item, ContentLinkResolver.Targets targets) {
        Body body = bodies.get(item.sourcePath());
        return body != null && body.fits(item, targets) ? body : null;
    }

    void put(Body body) {
        bodies.put(body.item().sourcePath(), body);
    }

    /** Ends a build: forgets the items that are gone. */
    void retain(Set<String> sourcePaths) {
        bodies.keySet().retainAll(sourcePaths);
    }

    /** How many bodies are cached (for tests). */
    public int size() {
        return bodies.size();
    }
}
