package org.colibri.build;

import java.io.IOException;
import java.nio.file.Path;

import org.colibri.content.ItemStore;

/**
 * The persistent cache of parsed items ({@code .colibri/cache/items-*.bin}): the front matter of
 * a file whose bytes and parser settings are unchanged is not parsed again. Like the body cache,
 * it carries the Colibri version and ignores damaged files.
 */
public final class ItemCache implements ItemStore {

    private static final String PREFIX = "items";
    private static final CacheFile FORMAT_FILE = new CacheFile("COLIBRI-ITEM-CACHE", 1);

    private final ShardedStore<Stored> store;

    private ItemCache(ShardedStore<Stored> store) {
        this.store = store;
    }

    /** Opens the cache in {@code directory} for this Colibri version. */
    public static ItemCache open(Path directory) {
        return open(directory, ColibriVersion.cacheIdentity());
    }

    static ItemCache open(Path directory, String version) {
        return new ItemCache(new ShardedStore<>(directory, PREFIX, FORMAT_FILE, version, new ItemCodec()));
    }

    static Path file(Path directory, int shard) {
        return ShardedStore.file(directory, PREFIX, shard);
    }

    /** How many items the files held when opened. */
    public int loadedSize() {
        return store.loadedSize();
    }

    @Override
    public Stored find(String key) {
        return store.find(key);
    }

    @Override
    public void keep(String key, Stored stored) {
        store.keep(key, stored);
    }

    public void save() throws IOException {
        store.save();
    }
}
