package org.colibri.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.site.BodyStore;

/**
 * The persistent build cache: rendered Markdown bodies kept in {@code .colibri/cache/bodies.bin}
 * between runs. Keys say what each rendering was made from (see {@code BodyRenderer}); the file
 * header holds the Colibri version, so another version never reads it. A missing, truncated,
 * corrupt or foreign file is ignored: the cache only ever saves work, it is never an error.
 * Deleting the folder is always safe.
 */
public final class BuildCache implements BodyStore {

    static final String FILE = "bodies.bin";
    private static final CacheFile FORMAT_FILE = new CacheFile("COLIBRI-BUILD-CACHE", 1);

    private final Path directory;
    private final String version;
    private final Map<String, Stored> loaded;
    private final Map<String, Stored> kept = new ConcurrentHashMap<>();

    private BuildCache(Path directory, String version, Map<String, Stored> loaded) {
        this.directory = directory;
        this.version = version;
        this.loaded = loaded;
    }

    /** Opens the cache in {@code directory} for this Colibri version. */
    public static BuildCache open(Path directory) {
        return open(directory, ColibriVersion.cacheIdentity());
    }

    /** Opens the cache as Colibri {@code version} would (tests use it to change the version). */
    static BuildCache open(Path directory, String version) {
        return new BuildCache(directory, version, read(directory.resolve(FILE), version));
    }

    /** How many renderings the file held when opened. */
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
     * Writes the renderings kept in this run (and only those, so the file does not grow with
     * deleted items); nothing when the file already holds exactly them.
     */
    public void save() throws IOException {
        if (!loaded.isEmpty() && kept.size() == loaded.size() && loaded.keySet().containsAll(kept.keySet())) {
            return;
        }
        Map<String, Stored> sorted = new TreeMap<>(kept);
        FORMAT_FILE.write(directory.resolve(FILE), version, out -> {
            out.writeInt(sorted.size());
            for (Map.Entry<String, Stored> entry : sorted.entrySet()) {
                out.writeUTF(entry.getKey());
                CacheCodec.write(out, entry.getValue());
            }
        });
    }

    private static Map<String, Stored> read(Path file, String version) {
        return FORMAT_FILE.read(file, version, in -> {
            int count = in.readInt();
            if (count < 0 || count > 10_000_000) {
                throw new java.io.IOException("implausible count " + count);
            }
            Map<String, Stored> entries = new java.util.HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), CacheCodec.read(in));
            }
            return entries;
        }, Map.of());
    }
}
