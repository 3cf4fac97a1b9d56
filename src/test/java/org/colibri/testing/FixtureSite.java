package org.colibri.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.colibri.cli.ColibriCommandLine;
import org.colibri.cli.Environment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site declared inline in a test: {@code -- path --} lines start each file. Runs
 * {@code colibri} on it through the real command line and reads what it wrote.
 */
public final class FixtureSite {

    /** A minimal valid site.yml. */
    public static final String SITE_YML = """
            -- site.yml --
            title: "Site de test"
            baseUrl: "https://example.org/"
            organization:
              name: "Association Test"
              url: "https://association.example/"
            pageSize: 3
            """;

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    /** Writes the files of {@code spec} under {@code root}. */
    public static FixtureSite create(Path root, String spec) {
        FixtureSite site = new FixtureSite(root);
        site.write(spec);
        return site;
    }

    public FixtureSite write(String spec) {
        String path = null;
        StringBuilder text = new StringBuilder();
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                flush(path, text);
                path = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (path != null) {
                text.append(line).append('\n');
            }
        }
        flush(path, text);
        return this;
    }

    public FixtureSite writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FixtureSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flush(String path, StringBuilder text) {
        if (path == null) {
            return;
        }
        String content = text.toString();
        // The block ends with the newline before the next marker; keep exactly one final newline.
        while (content.endsWith("\n\n")) {
            content = content.substring(0, content.length() - 1);
        }
        writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("public");
    }

    /** Runs {@code colibri ARGS} with {@code --source} set to this site when the command takes it. */
    public Run run(String... args) {
        return runWith(Map.of(), args);
    }

    public Run runWith(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && List.of("build", "check", "new").contains(all.get(0)) && !all.contains("--source")) {
            all.add(1, "--source");
            all.add(2, root.toString());
        }
        return Run.of(env, all.toArray(String[]::new));
    }

    /** {@code colibri build --now 2024-11-20} plus {@code extra}. */
    public Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--now", "2024-11-20"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    public String read(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document html(String outputPath) {
        return Jsoup.parse(read(outputPath), "https://example.org/");
    }

    /** Every output file and its bytes, for byte-for-byte comparisons. */
    public static Map<String, String> tree(Path folder) {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                files.put(folder.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The result of one command. */
    public record Run(int exitCode, String out, String err) {

        public static Run of(Map<String, String> env, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Environment environment = new Environment(env,
                    Clock.fixed(Instant.parse("2024-11-20T10:00:00Z"), ZoneOffset.UTC));
            // As Main does: only the command the arguments name is registered.
            int code = ColibriCommandLine.create(new PrintWriter(out), new PrintWriter(err), environment, args)
                    .execute(args);
            return new Run(code, out.toString(), err.toString());
        }

        /** The lines of standard error. */
        public List<String> errLines() {
            return err.lines().toList();
        }
    }
}
