package org.colibri.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything {@code site.yml} says, with defaults filled in.
 *
 * @param baseUrl absolute URL ending with {@code /}, e.g. {@code https://example.org/site/}
 * @param labels  the UI texts of the theme, defaults overridden by {@code labels:}
 * @param params  the site's own keys under {@code params:}, for templates
 */
public record SiteConfig(
        String title,
        String baseUrl,
        String language,
        Locale locale,
        ZoneId timezone,
        String description,
        Organization organization,
        int pageSize,
        Permalinks permalinks,
        List<MenuItem> menu,
        MarkdownSettings markdown,
        OfferSettings offers,
        Map<String, String> labels,
        Map<String, Object> params) {

    /** The path part of the base URL, always starting and ending with {@code /} ({@code /site/}). */
    public String basePath() {
        String rest = baseUrl.substring(baseUrl.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        return slash < 0 ? "/" : rest.substring(slash);
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(title, BaseUrls.normalize(newBaseUrl), language, locale, timezone, description,
                organization, pageSize, permalinks, menu, markdown, offers, labels, params);
    }
}
