package org.colibri.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One article, offer or page as read from its file, before Markdown rendering.
 *
 * @param sourcePath the Markdown file, relative to the site root ({@code content/articles/x.md})
 * @param bundleDir  the bundle folder relative to the site root, or null for a single file
 * @param date       publication date in the site's zone; null only for pages without one
 * @param updated    last update, or null
 * @param summary    the front matter's {@code summary}, or null (then the first paragraph is used)
 * @param image      the front-matter image, or null
 * @param aliases    old URLs that redirect to this item
 * @param params     the front-matter keys Colibri does not know, for templates
 * @param bodyText   the Markdown body (see {@link #body()})
 * @param bodyFirstLine 1-based line of the file where {@code body} starts
 * @param lines      the line of each front-matter key, for later diagnostics
 * @param offer      the offer's fields, or null when {@code kind} is not an offer
 * @param sourceKey  a fingerprint of the file's bytes and the parser's settings when the build
 *                   cache is on (it keys the rendered Markdown), else null
 */
public record Item(
        Kind kind,
        String sourcePath,
        String bundleDir,
        String slug,
        String title,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<String> tags,
        String summary,
        boolean draft,
        String layout,
        String author,
        ImageRef image,
        List<String> aliases,
        Map<String, Object> params,
        SourceText bodyText,
        int bodyFirstLine,
        Map<String, Integer> lines,
        OfferFields offer,
        String sourceKey) {

    /** The Markdown body. */
    public String body() {
        return bodyText.get();
    }


    /** This item with another body and source key (the build cache stores items without them). */
    public Item withSource(SourceText newBody, String newSourceKey) {
        return new Item(kind, sourcePath, bundleDir, slug, title, date, updated, tags, summary, draft, layout, author,
                image, aliases, params, newBody, bodyFirstLine, lines, offer, newSourceKey);
    }

    /** The line of a front-matter key, or the first line of the file when the key is absent. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }

    /** The folder the Markdown file is in, relative to the site root. */
    public String directory() {
        int slash = sourcePath.lastIndexOf('/');
        return slash < 0 ? "" : sourcePath.substring(0, slash);
    }

    public boolean isOffer() {
        return offer != null;
    }
}
