package org.colibri.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the build cache lives, or that there is none. */
public final class CacheOptionsMixin {

    @Option(names = "--no-cache", description = "Render everything, without reading or writing the build cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep the build cache in DIR (default: SOURCE/.colibri/cache; safe to delete).")
    Path cacheDir;

    /** The cache folder for a site at {@code source}, or null with {@code --no-cache}. */
    Path cacheDir(Path source) {
        if (noCache) {
            return null;
        }
        return cacheDir != null ? cacheDir.toAbsolutePath().normalize() : source.resolve(".colibri").resolve("cache");
    }
}
