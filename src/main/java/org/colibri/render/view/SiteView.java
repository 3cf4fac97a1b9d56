package org.colibri.render.view;

import java.util.Map;

/**
 * The site, the same on every page.
 *
 * @param labels  the UI texts (French by default, overridden by {@code site.yml} {@code labels:})
 * @param assets  asset file name → cache-busted link ({@code style.css} → {@code /assets/style.css?v=1a2b3c4d})
 * @param offerTypes offer type → label, in the configured order
 */
public record SiteView(String title, String description, String language, String baseUrl, String basePath,
                       OrganizationView organization, SiteLinksView links, Map<String, String> labels,
                       Map<String, String> assets, Map<String, String> offerTypes,
                       Map<String, Object> params,
                       String generator) {
}
