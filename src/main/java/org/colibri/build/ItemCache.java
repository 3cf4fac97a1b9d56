package org.colibri.build;

import java.nio.file.Path;

import org.colibri.content.ItemStore;

/**
 * The persistent cache of parsed items ({@code .colibri/cache/items-*.bin}): the front matter of
 * a file whose bytes and parser settings are unchanged is not parsed again. Like the body cache,
 * it carries the Colibri version and ignores damaged files.
 */
public final class ItemCache extends ShardedStore<ItemStore.Stored> implements ItemStore {

    private static final CacheFile FORMAT_FILE = new CacheFile("COLIBRI-ITEM-CACHE", 1);

    private ItemCache(Path directory, String version) {
        super(directory, "items", FORMAT_FILE, version, new ItemCodec());
    }

    /** Opens the cache in {@code directory} for this Colibri version. */
    public static ItemCache open(Path directory) {
        return new ItemCache(directory, ColibriVersion.cacheIdentity());
    }
}
