package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images without a text alternative are warnings, at the line of the image. */
class ImageAltCheckTest {

    @TempDir
    Path dir;

    @Test
    void warnsAboutImagesWithoutAltTextButAcceptsDecorativeHtml() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/photos/index.md --
                ---
                title: Photos
                date: 2024-10-01
                summary: Un article avec des images, certaines décrites et d'autres non.
                image: couverture.svg
                ---
                ![Une affiche rose](affiche.svg) et ![](affiche.svg)

                <img src="affiche.svg"> <img src="affiche.svg" alt="">
                -- content/articles/photos/affiche.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/articles/photos/couverture.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "content/articles/photos/index.md:5: warning: 'image' has no 'imageAlt'; add imageAlt: \"…\""
                        + " describing what the picture shows, for people who cannot see it",
                "content/articles/photos/index.md:7:41: warning: image 'affiche.svg' has no alt text; describe what"
                        + " it shows between the brackets: ![Ce que montre l'image](affiche.svg)",
                "content/articles/photos/index.md:9:11: warning: image 'affiche.svg' has no alt attribute; add"
                        + " alt=\"…\" describing what it shows (alt=\"\" for a decorative image)",
                "Checked 14 pages and 4 links: 3 warnings.");
        assertThat(run.out()).isEmpty();
    }
}
