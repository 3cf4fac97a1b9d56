package org.colibri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code --help} texts are golden files; {@code -Dgolden.update=true} rewrites them for review. */
class HelpTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/cli");

    @ParameterizedTest
    @CsvSource({"colibri.txt, --help", "build.txt, build --help", "build.txt, help build", "check.txt, check --help",
        "new.txt, new --help", "serve.txt, serve --help"})
    void helpTextsMatchTheGoldenFiles(String file, String args) throws IOException {
        FixtureSite.Run run = FixtureSite.Run.of(java.util.Map.of(), args.split(" "));
        assertThat(run.exitCode()).isZero();
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(run.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatNamesTheCommands() {
        FixtureSite.Run run = FixtureSite.Run.of(java.util.Map.of(), "construire");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("construire").contains("colibri --help");
        FixtureSite.Run help = FixtureSite.Run.of(java.util.Map.of(), "--help");
        assertThat(help.out()).contains("build").contains("check").contains("new").contains("serve").contains("help");
    }

    @Test
    void printsTheVersion() {
        FixtureSite.Run run = FixtureSite.Run.of(java.util.Map.of(), "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("colibri ").contains("Java ");
    }
}
