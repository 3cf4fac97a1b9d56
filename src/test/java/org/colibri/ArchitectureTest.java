package org.colibri;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Enforces the package layering of CONVENTIONS.md by reading the import lines of the main
 * sources: imports point down only, and each library is imported by one package.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/colibri");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Package → the Colibri packages it may import ({@code diagnostic} is always allowed). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diagnostic", Set.of()),
            Map.entry("yaml", Set.of()),
            Map.entry("config", Set.of("yaml")),
            Map.entry("content", Set.of("config", "yaml")),
            Map.entry("markdown", Set.of()),
            Map.entry("site", Set.of("config", "content", "markdown")),
            Map.entry("render", Set.of("site", "content", "config", "output", "markdown", "render")),
            Map.entry("output", Set.of()),
            Map.entry("build", Set.of("config", "content", "markdown", "site", "render", "output", "yaml")),
            Map.entry("check", Set.of("build", "site", "output", "content", "config")),
            Map.entry("serve", Set.of("build", "output", "site")),
            Map.entry("scaffold", Set.of("config", "content", "yaml")),
            Map.entry("cli", Set.of("build", "check", "serve", "scaffold", "yaml", "config", "output", "site")),
            Map.entry("", Set.of("cli")));

    /** Library package prefix → the one Colibri package allowed to import it. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "org.yaml.snakeyaml", "yaml",
            "com.vladsch.flexmark", "markdown",
            "freemarker", "render",
            "picocli", "cli",
            "org.jsoup", "check",
            "com.sun.net.httpserver", "serve",
            "org.apache.commons.codec", "content");

    @Test
    void importsPointDownAndLibrariesStayInTheirPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = packageOf(file);
                String source = Files.readString(file);
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    String imported = m.group(1);
                    check(pkg, imported, file, violations);
                }
                Matcher fq = Pattern.compile("org\\.colibri\\.(\\w+)\\.").matcher(source);
                while (fq.find()) {
                    check(pkg, "org.colibri." + fq.group(1) + ".X", file, violations);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(MAIN)).toList()) {
                assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists();
            }
        }
    }

    private static void check(String pkg, String imported, Path file, List<String> violations) {
        String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
        if (imported.startsWith("org.colibri.")) {
            String rest = imported.substring("org.colibri.".length());
            if (!rest.contains(".")) {
                return; // a class of the root package, e.g. Main
            }
            String target = rest.substring(0, rest.indexOf('.'));
            if (target.equals(top) || target.equals("diagnostic")) {
                return;
            }
            if (!ALLOWED.getOrDefault(top, Set.of()).contains(target)) {
                violations.add(file + ": " + top + " must not import " + imported);
            }
            return;
        }
        LIBRARIES.forEach((prefix, owner) -> {
            if (imported.startsWith(prefix + ".") && !owner.equals(top)) {
                violations.add(file + ": only " + owner + " may import " + prefix);
            }
        });
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file.getParent());
        return rel.toString().replace('/', '.');
    }
}
