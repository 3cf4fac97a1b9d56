package org.colibri.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, String> recorded = new ConcurrentHashMap<>();

    private PageManifest(Path cacheDir, Path output, String version, Map<String, Page> previous) {
        this.cacheDir = cacheDir;
        this.output = output;
        this.version = version;
        this.previous = previous;
    }

    static PageManifest open(Path cacheDir, Path output, String version) {
        return new PageManifest(cacheDir, output, version, read(cacheDir.resolve(FILE), output, version));
    }

    /** True when the output folder holds a build this manifest describes, so it can be updated in place. */
    boolean describesOutput() {
        return !previous.isEmpty() && Files.isDirectory(output);
    }

    @Override
    public Path unchanged(String outputPath, String digest) {
        Page page = previous.get(outputPath);
        if (page == null || !page.digest().equals(digest)) {
            return null;
        }
        Path file = output.resolve(outputPath);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == page.size()
                    && attributes.lastModifiedTime().toMillis() == page.modified() ? file : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void record(String outputPath, String digest) {
        recorded.put(outputPath, digest);
    }

    /** Notes the written files' sizes and times, and writes the manifest. */
    void save() throws IOException {
        Map<String, String> sorted = new TreeMap<>(recorded);
        FORMAT_FILE.write(cacheDir.resolve(FILE), version, out -> {
            out.writeUTF(output.toString());
            out.writeInt(sorted.size());
            for (Map.Entry<String, String> page : sorted.entrySet()) {
                BasicFileAttributes attributes = Files.readAttributes(output.resolve(page.getKey()),
                        BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                out.writeUTF(page.getKey());
                out.writeUTF(page.getValue());
                out.writeLong(attributes.size());
                out.writeLong(attributes.lastModifiedTime().toMillis());
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
