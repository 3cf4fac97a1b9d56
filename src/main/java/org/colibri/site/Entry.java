package org.colibri.site;

import java.time.ZonedDateTime;
import java.util.List;

import org.colibri.content.Item;
import org.colibri.content.Kind;
import org.colibri.markdown.RenderedMarkdown;

/**
 * A published item: the item, where it lives and what it renders to.
 *
 * @param url     site path, e.g. {@code /articles/x/} (without the base path)
 * @param summary the front matter's summary, else the first paragraph
 * @param tags    the item's tags, one per slug, in the order written
 * @param image   the front-matter image, resolved, or null
 * @param offer   the effective offer state, or null when not an offer
 * @param links   the Markdown body's link and image destinations, in document order, for checks
 * @param contentKey what {@code content} was made from, with a persistent build cache (else null):
 *                equal keys mean equal HTML, which lets page fingerprints skip hashing the HTML
 */
public record Entry(Item item, String url, RenderedMarkdown content, String summary, List<TagRef> tags,
                    ResolvedImage image, OfferState offer, List<LinkUse> links, String contentKey) {

    public Kind kind() {
        return item.kind();
    }

    public String title() {
        return item.title();
    }

    public ZonedDateTime date() {
        return item.date();
    }

    /** {@code updated} when set, else {@code date}. */
    public ZonedDateTime lastModified() {
        return item.updated() != null ? item.updated() : item.date();
    }

    /** Reading time in minutes at 200 words a minute, at least 1. */
    public int readingMinutes() {
        return Math.max(1, (content.wordCount() + 199) / 200);
    }
}
