package org.colibri.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.colibri.config.SiteConfig;
import org.colibri.content.Slugs;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.SiteException;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.yaml.KeySuggestions;

/**
 * Writes a new item's starter file under {@code content/}. Creating is create-new-only: an
 * existing file is never replaced, even when another process creates it at the same moment.
 */
public final class StarterWriter {

    private final Path siteRoot;
    private final SiteConfig config;

    public StarterWriter(Path siteRoot, SiteConfig config) {
        this.siteRoot = siteRoot;
        this.config = config;
    }

    /** What is wrong with the request as typed (a usage mistake), or empty when it can be created. */
    public Optional<String> problem(NewItem item) {
        if (Slugs.slugify(item.title()).isEmpty()) {
            return Optional.of("the title \"" + item.title() + "\" has no letter or digit to make a file name from;"
                    + " give " + item.kind().noun() + " a title with words, e.g. \"Stage à Lomé\"");
        }
        for (String tag : item.tags()) {
            if (Slugs.slugify(tag).isEmpty()) {
                return Optional.of("tag \"" + tag + "\" has no letter or digit to make a URL from; rename it");
            }
        }
        if (item.kind() == StarterKind.OFFER) {
            if (item.type() == null) {
                return Optional.of("an offer needs --type; use one of: " + knownTypes());
            }
            if (!config.offers().types().containsKey(item.type().toLowerCase(Locale.ROOT))) {
                String hint = KeySuggestions.closest(item.type(), config.offers().types().keySet())
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                return Optional.of("unknown offer type '" + item.type() + "'; " + hint + "use one of: " + knownTypes());
            }
        } else if (item.type() != null || item.deadline() != null || item.location() != null) {
            return Optional.of("--type, --deadline and --location apply to offers only; run 'colibri new offer'");
        }
        return Optional.empty();
    }

    /** Where the file goes, from the site root: {@code content/articles/NAME.md} or {@code …/NAME/index.md}. */
    public static String relativePath(NewItem item) {
        String base = "content/" + item.kind().folder() + "/" + Slugs.slugify(item.title());
        return item.bundle() ? base + "/index.md" : base + ".md";
    }

    /**
     * Creates the file and returns its path relative to the site root.
     *
     * @throws SiteException when the file, or the other form of the same item (bundle or single
     *                       file), already exists; nothing is written then
     */
    public String create(NewItem item) throws IOException {
        Optional<String> problem = problem(item);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        NewItem normalized = item.type() == null ? item : new NewItem(item.kind(), item.title(), item.date(),
                item.tags(), item.bundle(), item.type().toLowerCase(Locale.ROOT), item.deadline(), item.location());
        String rel = relativePath(normalized);
        String twin = relativePath(new NewItem(item.kind(), item.title(), item.date(), List.of(), !item.bundle(),
                null, null, null));
        if (Files.exists(siteRoot.resolve(twin))) {
            throw exists(twin, "already exists under the same name, so " + rel + " would have the same"
                    + " address; choose another title, or edit this file");
        }
        Path file = siteRoot.resolve(rel);
        Files.createDirectories(file.getParent());
        byte[] text = StarterRenderer.render(normalized, config.offers().types().keySet())
                .getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw exists(rel, "already exists, and 'new' never replaces a file; choose another title, or edit"
                    + " this file");
        }
        return rel;
    }

    private static SiteException exists(String path, String message) {
        return new SiteException(Diagnostic.error(SourceLocation.file(path), message).withRule("new"));
    }

    private String knownTypes() {
        return String.join(", ", config.offers().types().keySet());
    }
}
