package org.colibri.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeWatcherTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            site.yml,                              true
            content/articles/a.md,                 true
            content/articles/bundle/photo.jpg,     true
            templates/article.ftlh,                true
            templates/assets/style.css,            true
            content,                               true
            public/index.html,                     false
            README.md,                             false
            site.yml~,                             false
            content/articles/.a.md.swp,            false
            content/articles/a.md.swx,             false
            content/articles/a.md~,                false
            content/articles/.#a.md,               false
            content/articles/4913,                 false
            content/.git/index,                    false
            templates/.DS_Store,                   false
            content/articles/a.md___jb_tmp___,     false
            """)
    void watchesWhatABuildReadsAndIgnoresEditorFiles(String path, boolean watched) {
        assertThat(ChangeWatcher.isWatched(path)).isEqualTo(watched);
    }

    @Test
    void reportsFilesInFoldersCreatedAfterItStarted() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("site.yml"), "title: x\n");
        try (ChangeWatcher watcher = new ChangeWatcher(dir)) {
            Files.createDirectories(dir.resolve("content/articles/2024"));
            Set<String> seen = drain(watcher, "content/articles/2024");
            assertThat(seen).contains("content/articles/2024");
            Files.writeString(dir.resolve("content/articles/2024/new.md"), "---\n");
            Files.writeString(dir.resolve("public-x.txt"), "not watched");
            assertThat(drain(watcher, "content/articles/2024/new.md")).doesNotContain("public-x.txt");
        }
    }

    /** Polls until {@code expected} is seen (or ten seconds pass), returning all paths seen. */
    private static Set<String> drain(ChangeWatcher watcher, String expected) throws InterruptedException {
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!seen.contains(expected) && System.nanoTime() < deadline) {
            watcher.poll(TimeUnit.MILLISECONDS.toNanos(100), seen::add);
        }
        return seen;
    }
}
