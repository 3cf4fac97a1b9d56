package org.colibri.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

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
    private static final String MAGIC = "COLIBRI-BUILD-CACHE";
    private static final int FORMAT = 1;

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
     * deleted items), to a temporary file first, then renamed over the old one.
     */
    public void save() throws IOException {
        if (!loaded.isEmpty() && kept.size() == loaded.size() && loaded.keySet().containsAll(kept.keySet())) {
            return; // the file already holds exactly these renderings
        }
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, FILE, ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temporary)) {
                CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16),
                        new CRC32());
                DataOutputStream out = new DataOutputStream(checked);
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(version);
                Map<String, Stored> sorted = new TreeMap<>(kept);
                out.writeInt(sorted.size());
                for (Map.Entry<String, Stored> entry : sorted.entrySet()) {
                    out.writeUTF(entry.getKey());
                    CacheCodec.write(out, entry.getValue());
                }
                out.flush();
                long crc = checked.getChecksum().getValue();
                out.writeLong(crc);
                out.flush();
            }
            try {
                Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Map<String, Stored> read(Path file, String version) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream raw = Files.newInputStream(file)) {
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), new CRC32());
            DataInputStream in = new DataInputStream(checked);
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !version.equals(in.readUTF())) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Stored> entries = new java.util.HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), CacheCodec.read(in));
            }
            long computed = checked.getChecksum().getValue();
            long expected = in.readLong();
            return computed == expected ? entries : Map.of();
        } catch (IOException | RuntimeException e) {
            // Unreadable, truncated or corrupt: rebuild what it held.
            return Map.of();
        }
    }
}
