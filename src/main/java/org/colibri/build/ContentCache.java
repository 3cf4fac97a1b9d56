package org.colibri.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.config.SiteConfig;
import org.colibri.content.Content;
import org.colibri.content.ContentLoader;
import org.colibri.content.ContentScanner;
import org.colibri.content.Item;
import org.colibri.content.ItemParser;
import org.colibri.content.SourceFile;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;

/**
 * The content of the previous build, for rebuilds: only the files a change names are read and
 * parsed again, and {@code content/} is walked again only when files appeared or disappeared (a
 * walk over ten thousand files costs more than the rest of a small rebuild). Parse problems stay
 * with their file, so an unchanged file with a warning still reports it.
 */
final class ContentCache {

    /** One parsed file: its item (null when it has errors) and what parsing it reported. */
    private record Parsed(SourceFile source, Item item, List<Diagnostic> diagnostics) {
    }

    private final Path root;
    private final SiteConfig config;
    private final ItemParser parser;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private ContentScanner.Scan scan;
    private List<Diagnostic> scanDiagnostics = List.of();
    private Set<String> known = Set.of();

    /** A cache for one {@code site.yml}: items depend on its zone and offer types. */
    ContentCache(Path root, SiteConfig config) {
        this.root = root;
        this.config = config;
        this.parser = new ItemParser(config);
    }

    SiteConfig config() {
        return config;
    }

    Content load(SourceChanges changes, Diagnostics diagnostics) throws IOException {
        if (needsScan(changes)) {
            Diagnostics found = new Diagnostics();
            scan = ContentScanner.scan(root, found);
            scanDiagnostics = found.sorted();
            known = new HashSet<>();
            scan.sources().forEach(s -> known.add(s.path()));
            scan.files().forEach(f -> known.add(f.path()));
            parsed.keySet().retainAll(known);
        }
        diagnostics.addAll(scanDiagnostics);
        scan.sources().parallelStream()
                .filter(source -> changes.touches(source.path()) || !fits(source))
                .forEach(source -> {
                    Diagnostics found = new Diagnostics();
                    Optional<Item> item = ContentLoader.load(source, parser, found);
                    parsed.put(source.path(), new Parsed(source, item.orElse(null), found.sorted()));
                });
        List<Item> items = new ArrayList<>(scan.sources().size());
        for (SourceFile source : scan.sources()) {
            Parsed file = parsed.get(source.path());
            diagnostics.addAll(file.diagnostics());
            if (file.item() != null) {
                items.add(file.item());
            }
        }
        return new Content(List.copyOf(items), scan.files());
    }

    private boolean fits(SourceFile source) {
        Parsed file = parsed.get(source.path());
        return file != null && file.source().equals(source);
    }

    /**
     * A walk is needed when a changed path under {@code content/} is not a file the last walk found,
     * or is no longer a file: something was created, deleted or renamed. An edit saved in place
     * (or by renaming a temporary file over the original) needs none.
     */
    private boolean needsScan(SourceChanges changes) {
        if (scan == null || changes.all()) {
            return true;
        }
        for (String path : changes.paths()) {
            boolean hidden = path.startsWith(".") || path.contains("/.");
            if (!hidden && (path.equals(ContentScanner.CONTENT) || path.startsWith(ContentScanner.CONTENT + "/"))) {
                if (!known.contains(path) || !Files.isRegularFile(root.resolve(path))) {
                    return true;
                }
            }
        }
        return false;
    }
}
