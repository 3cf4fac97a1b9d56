package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links to #anchors that the target page does not have. */
class AnchorCheckTest {

    @TempDir
    Path dir;

    @Test
    void reportsAnchorsMissingFromTheTargetPageOrThisPage() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/offers/stage.md --
                ---
                title: Stage
                date: 2024-10-01
                type: stage
                contact: stages@example.org
                ---
                ## Pour candidater

                Écrire.
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                summary: Un article pour tester les ancres vers les titres des pages du site.
                ---
                Bonnes : [offre](../offers/stage.md#pour-candidater), [ici](#une-section), [haut](#top),
                [contenu](#contenu), [note](#fn-1)[^1] et [encodée](/offers/stage/#pour%2Dcandidater).

                Mauvaises : [offre](../offers/stage.md#candidater) et [ici](#nulle-part)
                et [site](/offers/stage/#Pour-candidater).

                ## Une section

                [^1]: Une note.
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "content/articles/bonjour.md:9:21: error: anchor '#candidater' not found on /offers/stage/"
                        + " (link '../offers/stage.md#candidater'); did you mean '#pour-candidater'?",
                "content/articles/bonjour.md:9:61: error: anchor '#nulle-part' not found on this page; use the id"
                        + " of one of its headings, made from the heading's text ('## Pour candidater' gives"
                        + " #pour-candidater)",
                "content/articles/bonjour.md:10:11: error: anchor '#Pour-candidater' not found on /offers/stage/"
                        + " (link '/offers/stage/#Pour-candidater'); did you mean '#pour-candidater'?",
                "Checked 15 pages and 11 links: 3 errors; fix them before publishing.");
    }
}
