package org.colibri.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.colibri.output.OutputFile;
import org.colibri.site.Urls;

/**
 * The theme's static files: {@code templates/assets/} of the packaged theme, overridden file by
 * file by the site's own {@code templates/assets/}. Published under {@code /assets/}; templates
 * link them with a content hash ({@code style.css?v=…}) so browsers never keep a stale copy.
 */
final class ThemeAssets {

    private final Map<String, byte[]> files;

    private ThemeAssets(Map<String, byte[]> files) {
        this.files = files;
    }

    static ThemeAssets load(Path siteTemplates) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        readPackaged(files);
        Path own = siteTemplates.resolve("assets");
        if (Files.isDirectory(own)) {
            readTree(own, files);
        }
        return new ThemeAssets(files);
    }

    List<OutputFile> outputs() {
        return files.entrySet().stream()
                .map(e -> OutputFile.rendered("assets/" + e.getKey(), e.getValue(), "templates/assets/" + e.getKey()))
                .toList();
    }

    /** File name → link with a content hash, for templates ({@code site.assets["style.css"]}). */
    Map<String, String> links(Urls urls) {
        Map<String, String> links = new TreeMap<>();
        files.forEach((name, bytes) -> links.put(name, urls.link("/assets/" + name) + "?v=" + hash(bytes)));
        return java.util.Collections.unmodifiableMap(links);
    }

    private static void readPackaged(Map<String, byte[]> files) throws IOException {
        URL url = ThemeAssets.class.getResource(TemplateEngine.THEME_PATH + "/assets");
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                readTree(Path.of(uri), files);
                return;
            }
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                readTree(jar.getPath(TemplateEngine.THEME_PATH + "/assets"), files);
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot list the packaged theme's assets", e);
        }
    }

    private static void readTree(Path root, Map<String, byte[]> files) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".") && !name.contains("/.")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
