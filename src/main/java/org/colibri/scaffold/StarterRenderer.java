package org.colibri.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a packaged starter: {@code {{title}}}-style placeholders for the required fields, and the
 * commented example line of each optional field the command line gave a value for is replaced by
 * the real line, so the editor sees every other field still there to uncomment.
 */
final class StarterRenderer {

    private StarterRenderer() {
    }

    static String render(NewItem item, Collection<String> offerTypes) {
        String text = resource(item.kind().resource())
                .replace("{{title}}", quote(item.title()))
                .replace("{{date}}", item.date())
                .replace("{{types}}", String.join(", ", offerTypes));
        if (item.type() != null) {
            text = text.replace("{{type}}", item.type());
        }
        if (!item.tags().isEmpty()) {
            text = fill(text, "tags", "[" + String.join(", ", item.tags().stream().map(StarterRenderer::quote)
                    .toList()) + "]");
        }
        if (item.deadline() != null) {
            text = fill(text, "deadline", item.deadline().toString());
        }
        if (item.location() != null && !item.location().isBlank()) {
            text = fill(text, "location", quote(item.location().strip()));
        }
        return text;
    }

    /** Replaces the commented example {@code # key: …} by {@code key: value}. */
    private static String fill(String text, String key, String value) {
        Matcher line = Pattern.compile("(?m)^# " + Pattern.quote(key) + ":.*$").matcher(text);
        if (!line.find()) {
            throw new IllegalStateException("starter has no '# " + key + ":' line");
        }
        return text.substring(0, line.start()) + key + ": " + value + text.substring(line.end());
    }

    /**
     * A YAML double-quoted scalar: always quoted, so that titles with {@code :}, {@code #},
     * {@code "}, a leading {@code [} or words like {@code yes} stay plain text.
     */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String resource(String name) {
        try (InputStream in = StarterRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("starter " + name + " is missing from the Colibri jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
