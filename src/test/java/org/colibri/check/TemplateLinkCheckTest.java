package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken links around the content, reported once at the line of site.yml or the template that writes them. */
class TemplateLinkCheckTest {

    @TempDir
    Path dir;

    @Test
    void reportsAMenuLinkToAMissingPageOnceAtItsLineInSiteYml() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                menu:
                  - {title: "Accueil", url: /}
                  - {title: "Équipe", url: /equipe/}
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                summary: Un article pour que le site de test ait au moins une page d'article.
                ---
                Texte.
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "site.yml:9:28: error: link to '/equipe/' on 14 pages (/404.html, /archives/2024/10/,"
                        + " /archives/2024/, …) leads to no page of the site; fix it in site.yml",
                "Checked 14 pages and 0 links: 1 error; fix them before publishing.");
    }

    @Test
    void reportsABrokenTemplateLinkAtTheTemplateLine() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- templates/page.ftlh --
                <#import "base.ftlh" as b>
                <@b.layout>
                <h1>${page.title}</h1>
                <a href="${site.basePath}nous-ecrire/">Nous écrire</a> <a href="#plan">Plan</a>
                ${page.content?no_esc}
                </@b.layout>
                -- content/pages/a-propos.md --
                ---
                title: À propos
                ---
                Texte.
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "templates/page.ftlh:4:26: error: link to '/nous-ecrire/' on /a-propos/ leads to no page of the site; fix the"
                        + " template that writes it",
                "templates/page.ftlh:4:65: error: link to '#plan' on /a-propos/: anchor '#plan' not found on"
                        + " /a-propos/; fix the template that writes it",
                "Checked 12 pages and 0 links: 2 errors; fix them before publishing.");
    }
}
