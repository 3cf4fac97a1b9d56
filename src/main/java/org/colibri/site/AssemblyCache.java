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
 * What assembling a site keeps from one build to the next, for rebuilds while serving: each item's
 * rendered Markdown (reused while its body is unchanged and none of the link targets it looked up
 * moved), its URL, its entry (the same instance while equal, so later stages compare by identity)
 * and the order of each sorted list. One cache serves one site; it forgets everything when the
 * renderer or the URLs change (a new {@code site.yml}). A fresh cache gives a plain full build.
 */
public final class AssemblyCache {

    /**
     * What rendering an item's body produced, and what it depended on.
     *
     * @param contentKey what the HTML was made from (the store key and the link answers), or null
     *                   without a persistent store
     */
    record Body(Item item, RenderedMarkdown markdown, List<LinkUse> links, ResolvedImage image,
                List<Diagnostic> diagnostics, TargetLookups lookups, String contentKey) {

        boolean fits(Item other, Set<String> movedTargets) {
            return (item == other || item.sourcePath().equals(other.sourcePath())
                    && item.bodyFirstLine() == other.bodyFirstLine() && item.body().equals(other.body())
                    && Objects.equals(item.image(), other.image()))
                    && (movedTargets.isEmpty() || !lookups.asked(movedTargets));
        }
    }

    private final BodyStore store;
    /**
     * False for one build: what this cache remembers (bodies, entries, list orders, URLs) only
     * serves a next build in the same process, and ten thousand items' worth of it is work for
     * nothing in a one-off build.
     */
    private final boolean spansBuilds;
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, Permalinked> permalinks = new ConcurrentHashMap<>();
    private MarkdownRenderer renderer;
    private Urls urls;
    private ContentLinkResolver.Targets targets;
    private Set<String> movedTargets = Set.of();

    /** A cache for a series of builds in one process ({@code serve}); it forgets between runs. */
    public AssemblyCache() {
        this(BodyStore.NONE, true);
    }

    private AssemblyCache(BodyStore store, boolean spansBuilds) {
        this.store = store;
        this.spansBuilds = spansBuilds;
    }

    /** For one build, asking {@code store} for bodies rendered by earlier runs of Colibri. */
    public static AssemblyCache forOneBuild(BodyStore store) {
        return new AssemblyCache(store, false);
    }

    BodyStore store() {
        return store;
    }

    /**
     * Starts a build: drops everything rendered with another renderer or other URLs, and finds the
     * link targets that moved since the previous build (usually none: an edit rarely renames).
     */
    synchronized void prepare(MarkdownRenderer newRenderer, Urls newUrls, ContentLinkResolver.Targets newTargets) {
        if (newRenderer != renderer || !newUrls.equals(urls) || targets == null) {
            bodies.clear();
            entries.clear();
            orders.clear();
            permalinks.clear();
            renderer = newRenderer;
            urls = newUrls;
            movedTargets = Set.of();
        } else {
            movedTargets = TargetLookups.moved(targets, newTargets);
        }
        targets = newTargets;
    }

    /** The cached body of {@code item}, or null when it must be rendered again. */
    Body get(Item item) {
        Body body = bodies.get(item.sourcePath());
        return body != null && body.fits(item, movedTargets) ? body : null;
    }

    void put(Body body) {
        if (spansBuilds) {
            bodies.put(body.item().sourcePath(), body);
        }
    }

    /**
     * The previous build's entry for the same item when equal to {@code fresh}, else {@code fresh}:
     * the same instance from build to build lets later stages compare entries by identity.
     */
    Entry stable(Entry fresh) {
        if (!spansBuilds) {
            return fresh;
        }
        Entry previous = entries.get(fresh.item().sourcePath());
        if (fresh.equals(previous)) {
            return previous;
        }
        entries.put(fresh.item().sourcePath(), fresh);
        return fresh;
    }

    /**
     * Sorts {@code items} by {@code order}, starting from the order of the previous build: the sort
     * (TimSort) then finds the list almost sorted and needs a fraction of the comparisons. The
     * result is the one a plain sort gives, since every order ends on the unique source path.
     */
    <T> List<T> sort(String list, List<T> items, java.util.function.Function<T, String> key,
                     java.util.Comparator<? super T> order) {
        Order previous = orders.get(list);
        List<T> input = items;
        if (previous != null) {
            Object[] placed = new Object[previous.size()];
            List<T> rest = new java.util.ArrayList<>();
            for (T item : items) {
                Integer rank = previous.ranks().get(key.apply(item));
                if (rank != null && placed[rank] == null) {
                    placed[rank] = item;
                } else {
                    rest.add(item);
                }
            }
            input = new java.util.ArrayList<>(items.size());
            for (Object item : placed) {
                if (item != null) {
                    @SuppressWarnings("unchecked")
                    T known = (T) item;
                    input.add(known);
                }
            }
            input.addAll(rest);
        }
        List<T> sorted = new java.util.ArrayList<>(input);
        sorted.sort(order);
        if (!spansBuilds) {
            return java.util.Collections.unmodifiableList(sorted);
        }
        Map<String, Integer> ranks = new java.util.HashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(key.apply(sorted.get(i)), i);
        }
        orders.put(list, new Order(ranks, sorted.size()));
        return java.util.Collections.unmodifiableList(sorted);
    }

    /** A list's order in the previous build: each key's position, and the list's length. */
    private record Order(Map<String, Integer> ranks, int size) {
    }

    /** The item's URL from its permalink pattern, worked out once per item (items are kept while unchanged). */
    String url(Item item, String pattern) {
        Permalinked known = permalinks.get(item.sourcePath());
        if (known != null && known.item() == item) {
            return known.url();
        }
        String url = Permalink.expand(pattern, item.slug(), item.date());
        if (spansBuilds) {
            permalinks.put(item.sourcePath(), new Permalinked(item, url));
        }
        return url;
    }

    private record Permalinked(Item item, String url) {
    }

    /** Ends a build: forgets the items that are gone (nothing to forget in a cache for one build). */
    void retain(List<Item> published) {
        if (!spansBuilds) {
            return;
        }
        Set<String> sourcePaths = published.stream().map(Item::sourcePath).collect(java.util.stream.Collectors.toSet());
        bodies.keySet().retainAll(sourcePaths);
        entries.keySet().retainAll(sourcePaths);
        permalinks.keySet().retainAll(sourcePaths);
    }

    /** How many bodies are cached (for tests). */
    public int size() {
        return bodies.size();
    }
}
