package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {

    @TempDir
    Path dir;

    static final Instant NOW = Instant.parse("2024-11-20T10:00:00Z");

    @Test
    void forgetsAnswersOlderThanMaxAgeOrFromTheFuture() throws IOException {
        Path file = dir.resolve("cache.tsv");
        long now = NOW.getEpochSecond();
        Files.writeString(file, "# header\n"
                + (now - 3600) + "\t200\thttps://recent.example/\n"
                + (now - 25 * 3600) + "\t200\thttps://old.example/\n"
                + (now + 3600) + "\t200\thttps://future.example/\n"
                + "bad line\n");

        LinkCache cache = LinkCache.load(file, NOW, Duration.ofHours(24));

        assertThat(cache.isFresh("https://recent.example/")).isTrue();
        assertThat(cache.isFresh("https://old.example/")).isFalse();
        assertThat(cache.isFresh("https://future.example/")).isFalse();
    }

    @Test
    void savesWhatItRemembersAndReadsItBack() throws IOException {
        Path file = dir.resolve("a/b/cache.tsv");
        LinkCache cache = LinkCache.load(file, NOW, Duration.ofHours(24));
        cache.remember("https://ok.example/", 200, NOW);
        cache.remember("https://tab.example/\tx", 200, NOW);

        cache.save(file);

        assertThat(LinkCache.load(file, NOW.plusSeconds(60), Duration.ofHours(24)).isFresh("https://ok.example/"))
                .isTrue();
        assertThat(Files.readString(file)).doesNotContain("tab.example");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }
}
