package org.colibri.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;

/**
 * Sorts the files under {@code content/} into items (by folder), bundle resources and plain files
 * to copy. Walks in path order, so the result never depends on the file system's order.
 */
public final class ContentScanner {

    public static final String CONTENT = "content";

    private ContentScanner() {
    }

    /** The scan result: Markdown items and other files. */
    public record Scan(List<SourceFile> sources, List<StaticFile> files) {
    }

    public static Scan scan(Path siteRoot, Diagnostics diagnostics) throws IOException {
        Path contentDir = siteRoot.resolve(CONTENT);
        List<SourceFile> sources = new ArrayList<>();
        List<StaticFile> files = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            return new Scan(sources, files);
        }
        Set<Path> links = new HashSet<>();
        List<Path> all = insideSite(siteRoot, regularFiles(contentDir, links), links, diagnostics);
        Set<String> bundles = new HashSet<>();
        for (Path file : all) {
            String rel = relative(siteRoot, file);
            if (file.getFileName().toString().equals("index.md") && bundleKind(rel) != null) {
                bundles.add(rel.substring(0, rel.lastIndexOf('/')));
            }
        }
        for (Path file : all) {
            String rel = relative(siteRoot, file);
            String bundle = owningBundle(rel, bundles);
            if (rel.endsWith(".md")) {
                Kind kind = kindOf(rel);
                if (bundle != null && rel.equals(bundle + "/index.md")) {
                    sources.add(new SourceFile(rel, file, bundleKind(rel), bundle));
                } else if (bundle != null) {
                    diagnostics.warning(SourceLocation.file(rel), "Markdown file inside the bundle " + bundle
                            + " is not published as a page; move it out of the bundle or into index.md");
                } else if (kind != null) {
                    sources.add(new SourceFile(rel, file, kind, null));
                } else {
                    diagnostics.warning(SourceLocation.file(rel), "Markdown file outside content/articles,"
                            + " content/offers and content/pages is not published; move it into one of them");
                }
            } else {
                files.add(new StaticFile(rel, file, bundle));
            }
        }
        return new Scan(sources, files);
    }

    /** The kind of an item from its folder: content/articles/**, content/offers/**, content/pages/**. */
    static Kind kindOf(String rel) {
        for (Kind kind : Kind.values()) {
            if (rel.startsWith(CONTENT + "/" + kind.folder() + "/")) {
                return kind;
            }
        }
        return null;
    }

    /** The kind when {@code rel} is a bundle's index.md: {@code content/KIND/…/NAME/index.md}. */
    private static Kind bundleKind(String rel) {
        Kind kind = kindOf(rel);
        if (kind == null) {
            return null;
        }
        String inside = rel.substring((CONTENT + "/" + kind.folder() + "/").length());
        return inside.contains("/") ? kind : null;
    }

    private static String owningBundle(String rel, Set<String> bundles) {
        String dir = rel;
        int slash;
        while ((slash = dir.lastIndexOf('/')) > 0) {
            dir = dir.substring(0, slash);
            if (bundles.contains(dir)) {
                return dir;
            }
        }
        return null;
    }

    /**
     * Leaves out symbolic links that lead outside the site: publishing them would copy files from
     * elsewhere on the machine (a link to /etc/passwd) into the public site.
     */
    /**
     * The regular files under {@code contentDir} (symbolic links to files too, added to
     * {@code links}), in path order, without dot files and dot folders (.DS_Store, .git: tooling,
     * not content). One stat per file, from the walk itself.
     */
    private static List<Path> regularFiles(Path contentDir, Set<Path> links) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(contentDir) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isRegularFile()) {
                    found.add(file);
                } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.add(file);
                    links.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static List<Path> insideSite(Path siteRoot, List<Path> files, Set<Path> links, Diagnostics diagnostics)
            throws IOException {
        if (links.isEmpty()) {
            return files;
        }
        Path realRoot = siteRoot.toRealPath();
        List<Path> kept = new ArrayList<>(files.size());
        for (Path file : files) {
            if (links.contains(file) && !file.toRealPath().startsWith(realRoot)) {
                diagnostics.warning(SourceLocation.file(relative(siteRoot, file)), "symbolic link to a file outside"
                        + " the site is not published; copy the file into content/ instead");
            } else {
                kept.add(file);
            }
        }
        return kept;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
