package org.colibri.site;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.colibri.config.SiteConfig;
import org.colibri.content.Content;
import org.colibri.content.Item;
import org.colibri.content.Kind;
import org.colibri.content.StaticFile;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.markdown.MarkdownRenderer;
import org.colibri.markdown.RenderedMarkdown;

/**
 * Builds the {@link Site}: filters drafts and future items, gives every item its URL (reporting
 * duplicates), renders Markdown in parallel with links resolved, and computes the sorted lists,
 * tags and archives once.
 */
public final class SiteAssembler {

    private final SiteConfig config;
    private final SiteOptions options;
    private final MarkdownRenderer markdown;
    private final UnaryOperator<String> slugger;

    public SiteAssembler(SiteConfig config, SiteOptions options, MarkdownRenderer markdown,
                         UnaryOperator<String> slugger) {
        this.config = config;
        this.options = options;
        this.markdown = markdown;
        // Tags repeat across thousands of items; each distinct spelling is slugified once.
        Map<String, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();
        this.slugger = tag -> slugs.computeIfAbsent(tag, slugger);
    }

    public Site assemble(Content content, Diagnostics diagnostics) {
        return assemble(content, diagnostics, AssemblyCache.forOneBuild(BodyStore.NONE));
    }

    /**
     * Like {@link #assemble(Content, Diagnostics)}, reusing what {@code cache} holds from the previous
     * build where it is still right (rendered Markdown, URLs, entries, list orders), and leaving this
     * build's in it. The result is the one a fresh cache gives.
     */
    public Site assemble(Content content, Diagnostics diagnostics, AssemblyCache cache) {
        Urls urls = new Urls(config.baseUrl(), config.basePath());
        ZonedDateTime now = options.now();
        List<Item> published = new ArrayList<>();
        Set<String> unpublished = new HashSet<>();
        for (Item item : content.items()) {
            if (isPublished(item)) {
                published.add(item);
            } else {
                unpublished.add(item.sourcePath());
            }
        }
        Map<Item, String> itemUrls = assignUrls(content.items(), diagnostics, cache);
        Map<String, String> pageUrls = new HashMap<>();
        itemUrls.forEach((item, url) -> pageUrls.put(item.sourcePath(), url));
        List<CopiedFile> files = copiedFiles(content, itemUrls, unpublished);
        Map<String, String> fileUrls = new HashMap<>();
        files.forEach(f -> fileUrls.put(f.sourcePath(), f.url()));
        ContentLinkResolver.Targets targets = new ContentLinkResolver.Targets(pageUrls, fileUrls, unpublished);
        cache.prepare(markdown, urls, targets);
        BodyRenderer bodies = new BodyRenderer(markdown, urls, cache);

        List<Item> oldestFirst = cache.sort("oldestFirst", published.stream().filter(i -> i.date() != null).toList(),
                Item::sourcePath, Comparator.comparing(Item::date).thenComparing(Item::sourcePath));
        Map<String, String> tagNames = TagIndex.names(oldestFirst, slugger);

        List<Entry> entries = published.parallelStream()
                .map(item -> cache.stable(entry(item, itemUrls.get(item), bodies.body(item, targets), tagNames,
                        diagnostics)))
                .toList();
        cache.retain(published);

        List<Entry> articles = sorted(cache, entries, Kind.ARTICLE, EntryOrder.NEWEST_FIRST);
        List<Entry> offers = sorted(cache, entries, Kind.OFFER, EntryOrder.OFFERS);
        List<Entry> pages = entries.stream().filter(e -> e.kind() == Kind.PAGE).toList();
        List<Entry> dated = cache.sort("dated", entries.stream().filter(e -> e.kind() != Kind.PAGE).toList(),
                e -> e.item().sourcePath(), EntryOrder.NEWEST_FIRST);
        return new Site(config, urls, now, articles, offers, pages, dated,
                TagIndex.build(dated, config.locale()), ArchiveIndex.build(dated), aliases(entries),
                List.copyOf(files), nextChange(content.items()));
    }

    private boolean isPublished(Item item) {
        if (item.draft() && !options.drafts()) {
            return false;
        }
        return item.date() == null || options.future() || !item.date().isAfter(options.now());
    }

    private Map<Item, String> assignUrls(List<Item> items, Diagnostics diagnostics, AssemblyCache cache) {
        // By identity: hashing an item record hashes its whole body and front matter.
        Map<Item, String> urls = new IdentityHashMap<>();
        Map<String, Item> byUrl = new HashMap<>();
        for (Item item : items) {
            String pattern = switch (item.kind()) {
                case ARTICLE -> config.permalinks().article();
                case OFFER -> config.permalinks().offer();
                case PAGE -> config.permalinks().page();
            };
            String url = cache.url(item, pattern);
            urls.put(item, url);
            Item other = byUrl.putIfAbsent(url, item);
            if (other != null && isPublished(item) && isPublished(other)) {
                duplicate(item, other, url, diagnostics);
                duplicate(other, item, url, diagnostics);
            }
        }
        return urls;
    }

    private static void duplicate(Item item, Item other, String url, Diagnostics diagnostics) {
        diagnostics.error(SourceLocation.of(item.sourcePath(), item.lines().containsKey("slug")
                        ? item.lineOf("slug") : item.lineOf("")),
                "URL " + url + " is also the URL of " + other.sourcePath()
                        + "; give one of them another 'slug' or file name");
    }

    private static List<CopiedFile> copiedFiles(Content content, Map<Item, String> itemUrls, Set<String> unpublished) {
        Map<String, Item> bundles = new HashMap<>();
        itemUrls.keySet().forEach(item -> {
            if (item.bundleDir() != null) {
                bundles.put(item.bundleDir(), item);
            }
        });
        List<CopiedFile> files = new ArrayList<>();
        for (StaticFile file : content.files()) {
            if (file.bundleDir() == null) {
                files.add(new CopiedFile(file.path(), file.absolute(), "/" + file.path().substring("content/".length())));
                continue;
            }
            Item owner = bundles.get(file.bundleDir());
            if (owner == null || unpublished.contains(owner.sourcePath())) {
                continue; // the bundle's page did not parse or is not published: neither are its files
            }
            String pageUrl = itemUrls.get(owner);
            String folder = pageUrl.endsWith("/") ? pageUrl : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
            files.add(new CopiedFile(file.path(), file.absolute(),
                    folder + file.path().substring(file.bundleDir().length() + 1)));
        }
        return files;
    }

    private Entry entry(Item item, String url, AssemblyCache.Body body, Map<String, String> tagNames,
                        Diagnostics diagnostics) {
        diagnostics.addAll(body.diagnostics());
        RenderedMarkdown rendered = body.markdown();
        String summary = item.summary() != null ? item.summary() : rendered.firstParagraph();
        Map<String, TagRef> tags = new LinkedHashMap<>();
        for (String tag : item.tags()) {
            String slug = slugger.apply(tag);
            tags.putIfAbsent(slug, new TagRef(slug, tagNames.getOrDefault(slug, tag)));
        }
        ResolvedImage image = body.image();
        OfferState offer = null;
        if (item.offer() != null) {
            offer = OfferState.at(item.offer(), options.now().toLocalDate());
            LocalDate deadline = item.offer().deadline();
            if (offer.isOpen() && deadline != null && deadline.isAfter(options.now().toLocalDate().plusYears(1))) {
                diagnostics.warning(SourceLocation.of(item.sourcePath(), item.lineOf("deadline")),
                        "'deadline' " + deadline + " is more than a year ahead; check the year");
            }
        }
        return new Entry(item, url, rendered, summary, List.copyOf(tags.values()), image, offer, body.links(),
                body.contentKey());
    }

    private static List<Entry> sorted(AssemblyCache cache, List<Entry> entries, Kind kind, Comparator<Entry> order) {
        return cache.sort(kind.name(), entries.stream().filter(e -> e.kind() == kind).toList(),
                e -> e.item().sourcePath(), order);
    }

    private static List<Alias> aliases(List<Entry> entries) {
        List<Alias> aliases = new ArrayList<>();
        for (Entry entry : entries) {
            for (String alias : entry.item().aliases()) {
                String from = alias.strip();
                if (!from.startsWith("/")) {
                    from = "/" + from;
                }
                aliases.add(new Alias(from, entry));
            }
        }
        aliases.sort(Comparator.comparing(Alias::fromUrl));
        return List.copyOf(aliases);
    }

    /** The next moment a rebuild changes the site: a future item becoming due or an open deadline passing. */
    private ZonedDateTime nextChange(List<Item> items) {
        ZonedDateTime now = options.now();
        ZonedDateTime next = null;
        for (Item item : items) {
            ZonedDateTime candidate = null;
            if (!options.future() && item.date() != null && item.date().isAfter(now)
                    && (!item.draft() || options.drafts())) {
                candidate = item.date();
            } else if (item.offer() != null && item.offer().deadline() != null
                    && OfferState.at(item.offer(), now.toLocalDate()).isOpen()) {
                candidate = item.offer().deadline().plusDays(1).atStartOfDay(config.timezone());
            }
            if (candidate != null && (next == null || candidate.isBefore(next))) {
                next = candidate;
            }
        }
        return next;
    }
}
