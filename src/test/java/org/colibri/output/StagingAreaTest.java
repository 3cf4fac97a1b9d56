package org.colibri.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails while pages are written in parallel is reported after every task ended. */
class StagingAreaTest {

    @TempDir
    Path dir;

    private static OutputFile page(String path) {
        return OutputFile.rendered(path, ("<p>" + path + "</p>").getBytes(StandardCharsets.UTF_8), path);
    }

    @Test
    void aFailedWriteStopsTheWritingAndIsReportedOnceTheTasksAreOver() throws IOException {
        StagingArea staging = StagingArea.beside(dir.resolve("public"));
        staging.stage(page("a"));
        staging.checkWrites();
        // "a" is a file, so "a/b.html" cannot be written: the failure is kept, not thrown from the task.
        OutputFile failed = staging.stage(page("a/b.html"));
        assertThat(failed.bytes()).isNotNull();
        OutputFile after = staging.stage(page("c.html"));
        assertThat(after.bytes()).as("nothing is written after a failure").isNotNull();
        assertThat(staging.root().resolve("c.html")).doesNotExist();
        assertThatThrownBy(staging::checkWrites).isInstanceOf(FileSystemException.class);
        staging.discard();
        assertThat(staging.root()).doesNotExist();
    }

    @Test
    void parallelWritesEndBeforeTheFirstFailureIsThrown() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("blocking"), "un fichier, pas un dossier");
        List<Path> targets = IntStream.range(0, 200)
                .mapToObj(i -> i == 100 ? dir.resolve("blocking/x.html") : dir.resolve("p" + i + ".html")).toList();
        assertThatThrownBy(() -> ParallelWrites.forEach(targets, path -> Files.writeString(path, "x")))
                .isInstanceOf(IOException.class);
        // Once it has thrown, no task writes any more: the folder can be deleted without a race.
        long written = count(dir);
        Thread.sleep(100);
        assertThat(count(dir)).isEqualTo(written);
    }

    private static long count(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }
}
