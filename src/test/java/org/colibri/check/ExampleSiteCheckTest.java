package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's example site passes {@code colibri check}, and a broken link in a copy of it does not. */
class ExampleSiteCheckTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheExampleSite() throws IOException {
        Files.copy(ROOT.resolve("site.yml"), copy.resolve("site.yml"));
        for (String folder : new String[] {"content", "templates"}) {
            Path from = ROOT.resolve(folder);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path path : walk.toList()) {
                    Path to = copy.resolve(ROOT.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(path, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
    }

    private FixtureSite.Run check() {
        return FixtureSite.Run.of(java.util.Map.of(), "check", "--source", copy.toString(), "--now", "2024-11-20");
    }

    @Test
    void passesWithoutErrorsOrWarnings() {
        FixtureSite.Run run = check();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("Checked \\d+ pages and \\d+ links: no problems found.\n");
        assertThat(copy.resolve("public")).doesNotExist();
    }

    @Test
    void failsAtThePathAndLineOfAnInjectedBrokenLink() throws IOException {
        Path article = copy.resolve("content/articles/vies-levier-fondations.md");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        int line = (int) text.lines().count() + 2;
        Files.writeString(article, text + "\nVoir aussi [le programme](/articles/programme-disparu/).\n",
                StandardCharsets.UTF_8);

        FixtureSite.Run run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "content/articles/vies-levier-fondations.md:" + line + ":27: error: link to"
                        + " '/articles/programme-disparu/' leads to no page of the site; fix the address or remove"
                        + " the link",
                run.errLines().get(1));
        assertThat(run.errLines().get(1)).endsWith(": 1 error; fix them before publishing.");
    }

    @Test
    void failsOnABrokenAnchorToAnotherPage() throws IOException {
        Path page = copy.resolve("content/pages/contact.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, text.replace("stage-relations-institutionnelles-genre.md#pour-candidater",
                "stage-relations-institutionnelles-genre.md#candidater"), StandardCharsets.UTF_8);
        int line = 1 + (int) text.substring(0, text.indexOf("#pour-candidater")).chars().filter(c -> c == '\n')
                .count();

        FixtureSite.Run run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).first().asString().startsWith("content/pages/contact.md:" + line + ":")
                .contains(": error: anchor '#candidater' not found on /offers/stage-relations-institutionnelles-genre/"
                        + " (link '../offers/stage-relations-institutionnelles-genre.md#candidater'); did you mean"
                        + " '#pour-candidater'?");
    }
}
