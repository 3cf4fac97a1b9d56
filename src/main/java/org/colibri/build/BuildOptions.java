package org.colibri.build;

import java.nio.file.Path;

import org.colibri.yaml.YamlDate;

/**
 * What to build and how.
 *
 * @param source  the site root (holds {@code site.yml}, {@code content/}, {@code templates/})
 * @param output  the folder to write
 * @param now     "today": a day (read as its last moment in the site's zone, so that everything
 *                dated that day is published) or a date-time
 * @param baseUrl replaces {@code site.yml}'s {@code baseUrl} when not null
 * @param cacheDir where the build cache lives ({@code SOURCE/.colibri/cache} by default), or null for none
 */
public record BuildOptions(Path source, Path output, YamlDate now, boolean drafts, boolean future, String baseUrl,
                           Path cacheDir) {

    /** The same options with another base URL ({@code serve} uses its own address). */
    public BuildOptions withBaseUrl(String newBaseUrl) {
        return new BuildOptions(source, output, now, drafts, future, newBaseUrl, cacheDir);
    }

    /** The same options with drafts shown or hidden. */
    public BuildOptions withDrafts(boolean showDrafts) {
        return new BuildOptions(source, output, now, showDrafts, future, baseUrl, cacheDir);
    }

    public Path templates() {
        return source.resolve("templates");
    }
}
