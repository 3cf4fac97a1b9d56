package org.colibri.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.colibri.config.SiteConfig;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;

/** Reads every content file into items, in parallel, keeping path order; unchanged files from the build cache. */
public final class ContentLoader {

    private ContentLoader() {
    }

    /** Without a build cache: files are not fingerprinted. */
    public static Content load(Path siteRoot, SiteConfig config, Diagnostics diagnostics) throws IOException {
        return load(siteRoot, config, diagnostics, null);
    }

    /**
     * Like {@link #load(Path, SiteConfig, Diagnostics)}, taking the items of unchanged files from
     * {@code store} (asked for once the files are read, so it can be read meanwhile); null for none.
     */
    public static Content load(Path siteRoot, SiteConfig config, Diagnostics diagnostics,
                               Supplier<ItemStore> store) throws IOException {
        ContentScanner.Scan scan = ContentScanner.scan(siteRoot, diagnostics);
        ItemParser parser = new ItemParser(config);
        String settingsKey = store == null ? null : parser.settingsKey();
        // Files are read (and fingerprinted for the cache) before the cache is asked for: its
        // file is read in the background meanwhile.
        List<Read> reads = scan.sources().parallelStream()
                .map(source -> read(source, settingsKey, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        ItemStore items = store == null ? ItemStore.NONE : store.get();
        List<Item> loaded = reads.parallelStream()
                .map(read -> load(read, parser, items, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        return new Content(loaded, scan.files());
    }

    /** Reads and parses one content file; empty when it cannot be read or has errors (reported). */
    public static Optional<Item> load(SourceFile source, ItemParser parser, Diagnostics diagnostics) {
        return read(source, null, diagnostics)
                .flatMap(read -> load(read, parser, ItemStore.NONE, diagnostics));
    }

    /** A file's bytes and, with a cache, the key its parsed item is stored under. */
    private record Read(SourceFile source, byte[] bytes, String key) {
    }

    /** @param settingsKey the parser's settings, for the cache key; null without a cache */
    private static Optional<Read> read(SourceFile source, String settingsKey, Diagnostics diagnostics) {
        Optional<byte[]> bytes = bytes(source, diagnostics);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String key = settingsKey == null ? null : new Fingerprint().putText(settingsKey)
                .putText(source.path()).putText(source.kind().name()).putOptionalText(source.bundleDir())
                .putBytes(bytes.get()).hex();
        return Optional.of(new Read(source, bytes.get(), key));
    }

    private static Optional<Item> load(Read read, ItemParser parser, ItemStore store, Diagnostics diagnostics) {
        SourceFile source = read.source();
        String key = read.key(); // null without a cache
        ItemStore.Stored stored = key == null ? null : store.find(key);
        if (stored != null) {
            // The same bytes parsed without error before: valid UTF-8, and the same warnings.
            diagnostics.addAll(stored.diagnostics());
            store.keep(key, stored);
            return Optional.of(stored.item().withSource(SourceText.after(read.bytes(), stored.bodyOffset()), key));
        }
        Optional<String> text = text(source, read.bytes(), diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics own = new Diagnostics();
        Optional<Item> item = parser.parse(text.get(), source, own);
        List<Diagnostic> reported = own.sorted();
        diagnostics.addAll(reported);
        if (item.isEmpty()) {
            return item;
        }
        // The body is kept as the file's bytes, not as the string parsing made: half the memory.
        int bodyOffset = FrontMatterSplitter.normalize(text.get()).length() - item.get().body().length();
        if (key != null) {
            store.keep(key, new ItemStore.Stored(item.get().withSource(SourceText.of(""), null), bodyOffset,
                    reported));
        }
        return Optional.of(item.get().withSource(SourceText.after(read.bytes(), bodyOffset), key));
    }

    private static Optional<byte[]> bytes(SourceFile source, Diagnostics diagnostics) {
        try {
            return Optional.of(Files.readAllBytes(source.absolute()));
        } catch (IOException e) {
            diagnostics.error(SourceLocation.file(source.path()),
                    "cannot read the file (" + e.getMessage() + "); check its permissions");
            return Optional.empty();
        }
    }

    private static Optional<String> text(SourceFile source, byte[] bytes, Diagnostics diagnostics) {
        // The String constructor is several times faster than a decoder, but replaces bad bytes
        // with U+FFFD: only a text holding U+FFFD is decoded again, strictly, to tell.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Optional.of(text);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceLocation.file(source.path()),
                    "the file is not UTF-8 text; save it as UTF-8 in your editor");
            return Optional.empty();
        }
    }
}
