package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images and files the site does not have, in Markdown, raw HTML and front matter. */
class LocalFileCheckTest {

    @TempDir
    Path dir;

    @Test
    void reportsMissingImagesAndFilesOnceEach() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                summary: Un article pour tester les images et les fichiers du site de test.
                image: /images/couverture.jpg
                imageAlt: Couverture
                ---
                ![Logo](/images/logo.svg) ![Logo](../images/logo.svg) ![Absente](/images/absente.png)
                ![Relative](absente.png) [le rapport](/docs/rapport.pdf) [logo](/images/logo.svg)

                <img src="/images/lgo.svg" alt="Logo">
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "content/articles/bonjour.md:5: error: image '/images/couverture.jpg' not found; add the file as"
                        + " content/images/couverture.jpg or fix the path",
                "content/articles/bonjour.md:8:66: error: image '/images/absente.png' not found; add the file as"
                        + " content/images/absente.png or fix the path",
                "content/articles/bonjour.md:9: error: image not found: 'absente.png' (looked for"
                        + " content/articles/absente.png); check the file name, the path is relative to this file",
                "content/articles/bonjour.md:9:39: error: file '/docs/rapport.pdf' not found; add the file as"
                        + " content/docs/rapport.pdf or fix the path",
                "content/articles/bonjour.md:11:11: error: image '/images/lgo.svg' not found; did you mean"
                        + " '/images/logo.svg'?",
                "Checked 14 pages and 7 links: 5 errors; fix them before publishing.");
    }
}
