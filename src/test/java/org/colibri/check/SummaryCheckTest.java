package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles need a summary unless their first paragraph can stand in for one. */
class SummaryCheckTest {

    @TempDir
    Path dir;

    @Test
    void warnsAboutArticlesWithoutSummaryAndAShortFirstParagraph() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/court.md --
                ---
                title: Court
                date: 2024-10-01
                ---
                Trop court.

                Un deuxième paragraphe bien plus long ne compte pas : seul le premier sert de résumé.
                -- content/articles/vide.md --
                ---
                title: Vide
                date: 2024-10-02
                ---
                ## Seulement un titre
                -- content/articles/long.md --
                ---
                title: Long
                date: 2024-10-03
                ---
                Un premier paragraphe assez long pour décrire l'article dans les listes.
                -- content/articles/resume.md --
                ---
                title: Résumé
                date: 2024-10-04
                summary: Court, mais écrit exprès.
                ---
                Bref.
                -- content/pages/page.md --
                ---
                title: Page
                ---
                Bref.
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "content/articles/court.md:1: warning: article without 'summary', and its first paragraph (\"Trop"
                        + " court.\") is too short to describe it; add summary: \"…\" with one or two sentences for"
                        + " lists, search engines and social networks",
                "content/articles/vide.md:1: warning: article without 'summary' nor a first paragraph to describe"
                        + " it; add summary: \"…\" with one or two sentences for lists, search engines and social"
                        + " networks",
                "Checked 21 pages and 0 links: 2 warnings.");
    }
}
