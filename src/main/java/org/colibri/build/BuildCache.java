package org.colibri.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.colibri.site.BodyStore;

/**
 * The persistent build cache of rendered Markdown: bodies kept in {@code .colibri/cache/bodies-*.bin}
 * between runs. Keys say what each rendering was made from (see {@code BodyRenderer}); the file
 * headers hold the Colibri version, so another version never reads them. A missing, truncated,
 * corrupt or foreign file is ignored: the cache only ever saves work, it is never an error.
 * Deleting the folder is always safe.
 */
public final class BuildCache extends ShardedStore<BodyStore.Stored> implements BodyStore {

    private static final String PREFIX = "bodies";
    /** The single file of earlier versions, deleted when the shards are written. */
    private static final String LEGACY_FILE = "bodies.bin";
    private static final CacheFile FORMAT_FILE = new CacheFile("COLIBRI-BUILD-CACHE", 2);
    private static final Codec<Stored> CODEC = new Codec<>() {
        @Override
        public void write(DataOutputStream out, Stored value) throws IOException {
            CacheCodec.write(out, value);
        }

        @Override
        public Stored read(DataInputStream in) throws IOException {
            return CacheCodec.read(in);
        }
    };

    private final Path directory;

    private BuildCache(Path directory, String version) {
        super(directory, PREFIX, FORMAT_FILE, version, CODEC);
        this.directory = directory;
    }

    /** Opens the cache in {@code directory} for this Colibri version. */
    public static BuildCache open(Path directory) {
        return open(directory, ColibriVersion.cacheIdentity());
    }

    /** Opens the cache as Colibri {@code version} would (tests use it to change the version). */
    static BuildCache open(Path directory, String version) {
        return new BuildCache(directory, version);
    }

    /** The file of one shard. */
    static Path file(Path directory, int shard) {
        return ShardedStore.file(directory, PREFIX, shard);
    }

    /** Writes the renderings kept in this run, rewriting only the files whose keys changed. */
    @Override
    public void save() throws IOException {
        super.save();
        Files.deleteIfExists(directory.resolve(LEGACY_FILE));
    }
}
