package org.colibri.build;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.site.BodyStore;

/**
 * The persistent build cache: rendered Markdown bodies kept in {@code .colibri/cache/bodies-*.bin}
 * between runs. Keys say what each rendering was made from (see {@code BodyRenderer}); the file
 * headers hold the Colibri version, so another version never reads them. A missing, truncated,
 * corrupt or foreign file is ignored: the cache only ever saves work, it is never an error.
 * Deleting the folder is always safe.
 *
 * <p>The renderings are spread over {@value #SHARDS} files by the first digit of their key, and a
 * build rewrites only the files whose set of keys changed: after editing one article that is one
 * file of a sixteenth of the cache, not the 80 MB of a 10,000-article site.
 */
public final class BuildCache implements BodyStore {

    static final int SHARDS = 16;
    /** The single file of earlier versions, deleted when the shards are written. */
    private static final String LEGACY_FILE = "bodies.bin";
    private static final CacheFile FORMAT_FILE = new CacheFile("COLIBRI-BUILD-CACHE", 2);

    private final Path directory;
    private final String version;
    private final Map<String, Stored> loaded;
    private final List<Set<String>> loadedShards;
    private final Map<String, Stored> kept = new ConcurrentHashMap<>();

    private BuildCache(Path directory, String version, Map<String, Stored> loaded, List<Set<String>> loadedShards) {
        this.directory = directory;
        this.version = version;
        this.loaded = loaded;
        this.loadedShards = loadedShards;
    }

    /** Opens the cache in {@code directory} for this Colibri version. */
    public static BuildCache open(Path directory) {
        return open(directory, ColibriVersion.cacheIdentity());
    }

    /** Opens the cache as Colibri {@code version} would (tests use it to change the version). */
    static BuildCache open(Path directory, String version) {
        Map<String, Stored> loaded = new HashMap<>();
        List<Set<String>> shards = new ArrayList<>(SHARDS);
        for (int shard = 0; shard < SHARDS; shard++) {
            Map<String, Stored> entries = read(file(directory, shard), version);
            loaded.putAll(entries);
            shards.add(entries.keySet());
        }
        return new BuildCache(directory, version, loaded, shards);
    }

    /** The file of one shard. */
    static Path file(Path directory, int shard) {
        return directory.resolve("bodies-" + Integer.toHexString(shard) + ".bin");
    }

    /** How many renderings the files held when opened. */
    public int loadedSize() {
        return loaded.size();
    }

    @Override
    public Stored find(String key) {
        return loaded.get(key);
    }

    @Override
    public void keep(String key, Stored stored) {
        kept.put(key, stored);
    }

    /**
     * Writes the renderings kept in this run (and only those, so the files do not grow with
     * deleted items), rewriting only the shards whose keys changed.
     */
    public void save() throws IOException {
        List<Map<String, Stored>> shards = new ArrayList<>(SHARDS);
        for (int shard = 0; shard < SHARDS; shard++) {
            shards.add(new TreeMap<>());
        }
        kept.forEach((key, stored) -> shards.get(shardOf(key)).put(key, stored));
        for (int shard = 0; shard < SHARDS; shard++) {
            Map<String, Stored> entries = shards.get(shard);
            Path file = file(directory, shard);
            if (entries.keySet().equals(loadedShards.get(shard)) && (!entries.isEmpty() || !Files.exists(file))) {
                continue;
            }
            FORMAT_FILE.write(file, version, out -> {
                out.writeInt(entries.size());
                for (Map.Entry<String, Stored> entry : entries.entrySet()) {
                    out.writeUTF(entry.getKey());
                    CacheCodec.write(out, entry.getValue());
                }
            });
        }
        Files.deleteIfExists(directory.resolve(LEGACY_FILE));
    }

    /** Keys are hexadecimal fingerprints: their first digit spreads them evenly. */
    private static int shardOf(String key) {
        int digit = key.isEmpty() ? 0 : Character.digit(key.charAt(0), 16);
        return digit < 0 ? 0 : digit % SHARDS;
    }

    private static Map<String, Stored> read(Path file, String version) {
        return FORMAT_FILE.read(file, version, in -> {
            int count = in.readInt();
            if (count < 0 || count > 10_000_000) {
                throw new java.io.IOException("implausible count " + count);
            }
            Map<String, Stored> entries = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), CacheCodec.read(in));
            }
            return entries;
        }, Map.of());
    }
}
