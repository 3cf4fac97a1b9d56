package org.colibri.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * External links that answered well recently, one per line: {@code epoch-second TAB status TAB url}.
 * Only good answers are kept, so a dead link is asked again on every run; lines that do not read
 * (a corrupt or foreign file) are ignored.
 */
final class LinkCache {

    private static final String HEADER = "# colibri external links that answered: checked-at (epoch seconds),"
            + " HTTP status, URL";

    /** When a URL last answered, and with what status. */
    private record Answer(long checkedAt, int status) {
    }

    private final Map<String, Answer> answers;

    private LinkCache(Map<String, Answer> answers) {
        this.answers = answers;
    }

    /** The entries younger than {@code maxAge} at {@code now}; empty when the file is missing or unreadable. */
    static LinkCache load(Path file, Instant now, Duration maxAge) {
        Map<String, Answer> entries = new TreeMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return new LinkCache(entries);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new LinkCache(entries);
        }
        long oldest = now.minus(maxAge).getEpochSecond();
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            if (line.startsWith("#") || parts.length != 3) {
                continue;
            }
            try {
                long at = Long.parseLong(parts[0]);
                int status = Integer.parseInt(parts[1]);
                if (at >= oldest && at <= now.getEpochSecond() && !parts[2].isBlank()) {
                    entries.put(parts[2], new Answer(at, status));
                }
            } catch (NumberFormatException e) {
                // a corrupt line: forget it, the link is simply asked again
            }
        }
        return new LinkCache(entries);
    }

    boolean isFresh(String url) {
        return answers.containsKey(url);
    }

    void remember(String url, int status, Instant now) {
        if (url.indexOf('\t') < 0 && url.indexOf('\n') < 0 && url.indexOf('\r') < 0) {
            answers.put(url, new Answer(now.getEpochSecond(), status));
        }
    }

    /** Writes the cache through a temporary file, so that an interrupted run never leaves half a file. */
    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        answers.forEach((url, answer) -> text.append(answer.checkedAt()).append('\t').append(answer.status())
                .append('\t').append(url).append('\n'));
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
