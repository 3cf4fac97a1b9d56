package org.colibri.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How {@code check --external} asks other sites about links.
 *
 * @param timeout   for connecting and for each answer
 * @param perHost   requests at the same time to one host, so that no site sees a burst
 * @param parallel  requests at the same time in all
 * @param cacheFile where good answers are remembered, or null for no cache
 * @param now       the clock's time, for the cache's ages (not the site's {@code --now})
 * @param maxAge    how long a good answer is trusted
 */
public record ExternalLinkOptions(Duration timeout, int perHost, int parallel, Path cacheFile, Instant now,
                                  Duration maxAge) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The cache file of a site: {@code SOURCE/.colibri/cache/external-links.tsv} (git-ignored). */
    public static Path cacheFile(Path source) {
        return source.resolve(".colibri").resolve("cache").resolve("external-links.tsv");
    }

    /** Two requests per host, eight in all, good answers trusted for a day. */
    public static ExternalLinkOptions defaults(Path source, Instant now, Duration timeout) {
        return new ExternalLinkOptions(timeout, 2, 8, cacheFile(source), now, Duration.ofHours(24));
    }
}
