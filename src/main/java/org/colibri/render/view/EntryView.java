package org.colibri.render.view;

import org.colibri.markdown.Html;

import java.util.List;
import java.util.Map;

/**
 * An article, offer or page.
 *
 * @param kind        {@code article}, {@code offer} or {@code page}
 * @param url         link with the base path ({@code /site/articles/x/})
 * @param content     the rendered body (HTML: print with {@code ?no_esc}; decoded when printed)
 * @param date        null for pages without a date
 * @param updated     null when not updated
 * @param image       null when there is none
 * @param offer       null unless an offer
 * @param previous    the older article, or null
 * @param next        the newer article, or null
 * @param source      the Markdown file, relative to the site root
 */
public record EntryView(String kind, String title, String url, String absoluteUrl, DateView date,
                        DateView updated, String summary, Html content, List<TocEntryView> toc,
                        List<TagLinkView> tags, ImageView image, String author, int readingTime, boolean draft,
                        Map<String, Object> params, OfferView offer, LinkView previous, LinkView next,
                        String source) {
}
