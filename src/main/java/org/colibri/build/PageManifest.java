package org.colibri.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.output.OutputListing;
import org.colibri.render.PageStore;

/**
 * The pages the last build wrote into the output folder, in {@code .colibri/cache/pages.bin}: each
 * page's digest (what it was rendered from) and its file's size and modification time. A page
 * with the same digest whose file was not touched since is kept as it is. Like the rest of the
 * cache, a missing or damaged manifest only means rendering everything.
 */
final class PageManifest implements PageStore {

    static final String FILE = "pages.bin";
    private static final CacheFile FORMAT_FILE = new CacheFile("COLIBRI-PAGES", 1);

    private record Page(String digest, long size, long modified) {
    }

    private final Path cacheDir;
    private final Path output;
    private final String version;
    private final Map<String, Page> previous;
    private final OutputListing listing;
    private final Map<String, String> recorded = new ConcurrentHashMap<>();
    /** The pages kept as they were: their size and time are the listed ones. */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    private PageManifest(Path cacheDir, Path output, String version, Map<String, Page> previous,
                         OutputListing listing) {
        this.cacheDir = cacheDir;
        this.output = output;
        this.version = version;
        this.previous = previous;
        this.listing = listing;
    }

    /** Reads the manifest and, when it has pages, lists the output folder they are in. */
    static PageManifest open(Path cacheDir, Path output, String version) {
        Map<String, Page> previous = read(cacheDir.resolve(FILE), output, version);
        OutputListing listing;
        try {
            listing = previous.isEmpty() ? null : OutputListing.of(output);
        } catch (IOException e) {
            previous = Map.of(); // an output folder that cannot be listed is written anew
            listing = null;
        }
        return new PageManifest(cacheDir, output, version, previous, listing);
    }

    /** True when the output folder holds a build this manifest describes, so it can be updated in place. */
    boolean describesOutput() {
        return !previous.isEmpty() && Files.isDirectory(output);
    }

    /** The output folder's files as listed when the manifest was opened; only when it describes them. */
    OutputListing listing() {
        return listing;
    }

    @Override
    public Path keep(String outputPath, String digest) {
        recorded.put(outputPath, digest);
        Page page = previous.get(outputPath);
        if (page == null || !page.digest().equals(digest)) {
            return null;
        }
        OutputListing.FileState state = listing.get(outputPath);
        if (state == null || !state.regularFile() || state.size() != page.size()
                || state.modifiedMillis() != page.modified()) {
            return null;
        }
        kept.add(outputPath);
        return output.resolve(outputPath);
    }

    /** Notes the written files' sizes and times, and writes the manifest. */
    void save() throws IOException {
        Map<String, String> sorted = new TreeMap<>(recorded);
        FORMAT_FILE.write(cacheDir.resolve(FILE), version, out -> {
            out.writeUTF(output.toString());
            out.writeInt(sorted.size());
            for (Map.Entry<String, String> page : sorted.entrySet()) {
                long size;
                long modified;
                if (kept.contains(page.getKey())) {
                    OutputListing.FileState state = listing.get(page.getKey());
                    size = state.size();
                    modified = state.modifiedMillis();
                } else {
                    BasicFileAttributes attributes = Files.readAttributes(output.resolve(page.getKey()),
                            BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    size = attributes.size();
                    modified = attributes.lastModifiedTime().toMillis();
                }
                out.writeUTF(page.getKey());
                out.writeUTF(page.getValue());
                out.writeLong(size);
                out.writeLong(modified);
            }
        });
    }

    private static Map<String, Page> read(Path file, Path output, String version) {
        return FORMAT_FILE.read(file, version, in -> {
            if (!output.toString().equals(in.readUTF())) {
                return Map.<String, Page>of();
            }
            int count = in.readInt();
            if (count < 0 || count > 10_000_000) {
                throw new IOException("implausible count " + count);
            }
            Map<String, Page> pages = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                pages.put(in.readUTF(), new Page(in.readUTF(), in.readLong(), in.readLong()));
            }
            return pages;
        }, Map.of());
    }
}
