package org.colibri.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values kept between builds under fingerprint keys, in {@value #SHARDS} cache files chosen by the
 * first digit of the key ({@code PREFIX-0.bin} … {@code PREFIX-f.bin}). A build keeps the values
 * it used; saving rewrites only the files whose set of keys changed, so one edited article costs
 * one or two small files, not the whole cache. A missing, truncated, corrupt or foreign file reads
 * as empty.
 *
 * @param <V> the stored value
 */
class ShardedStore<V> {

    static final int SHARDS = 16;

    /** The binary form of one value. */
    interface Codec<V> {
        void write(DataOutputStream out, V value) throws IOException;

        V read(DataInputStream in) throws IOException;
    }

    private final Path directory;
    private final String prefix;
    private final CacheFile format;
    private final String identity;
    private final Codec<V> codec;
    /** What each file held when opened, by shard: a key is looked up in its own shard. */
    private final List<Map<String, V>> loaded = new ArrayList<>(SHARDS);
    private final Map<String, V> kept = new ConcurrentHashMap<>();

    /** Reads the files of {@code prefix} in {@code directory} written by the Colibri {@code identity}. */
    ShardedStore(Path directory, String prefix, CacheFile format, String identity, Codec<V> codec) {
        this.directory = directory;
        this.prefix = prefix;
        this.format = format;
        this.identity = identity;
        this.codec = codec;
        for (int shard = 0; shard < SHARDS; shard++) {
            loaded.add(read(file(directory, prefix, shard)));
        }
    }

    static Path file(Path directory, String prefix, int shard) {
        return directory.resolve(prefix + "-" + Integer.toHexString(shard) + ".bin");
    }

    /** How many values the files held when opened. */
    public int loadedSize() {
        return loaded.stream().mapToInt(Map::size).sum();
    }

    /** The value stored under {@code key}, or null. */
    public V find(String key) {
        return loaded.get(shardOf(key)).get(key);
    }

    /** Keeps {@code value} for the next build. */
    public void keep(String key, V value) {
        kept.put(key, value);
    }

    /** Writes the values kept in this run (only those: the files do not grow with deleted items). */
    public void save() throws IOException {
        List<Map<String, V>> shards = new ArrayList<>(SHARDS);
        for (int shard = 0; shard < SHARDS; shard++) {
            shards.add(new TreeMap<>());
        }
        kept.forEach((key, value) -> shards.get(shardOf(key)).put(key, value));
        for (int shard = 0; shard < SHARDS; shard++) {
            Map<String, V> entries = shards.get(shard);
            Path file = file(directory, prefix, shard);
            if (entries.keySet().equals(loaded.get(shard).keySet()) && (!entries.isEmpty() || !Files.exists(file))) {
                continue;
            }
            format.write(file, identity, out -> {
                out.writeInt(entries.size());
                for (Map.Entry<String, V> entry : entries.entrySet()) {
                    out.writeUTF(entry.getKey());
                    codec.write(out, entry.getValue());
                }
            });
        }
    }

    /** Keys are hexadecimal fingerprints: their first digit spreads them evenly. */
    private static int shardOf(String key) {
        int digit = key.isEmpty() ? 0 : Character.digit(key.charAt(0), 16);
        return digit < 0 ? 0 : digit % SHARDS;
    }

    private Map<String, V> read(Path file) {
        return format.read(file, identity, in -> {
            int count = in.readInt();
            if (count < 0 || count > 10_000_000) {
                throw new IOException("implausible count " + count);
            }
            Map<String, V> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), codec.read(in));
            }
            return entries;
        }, Map.of());
    }
}
