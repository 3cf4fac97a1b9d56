package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links to site addresses that lead nowhere, reported at the editor's line and column. */
class InternalLinkCheckTest {

    @TempDir
    Path dir;

    static final String PAGES = """
            -- content/pages/a-propos.md --
            ---
            title: À propos
            summary: Qui nous sommes.
            ---
            ## Équipe
            -- content/articles/autre.md --
            ---
            title: Autre
            date: 2024-10-02
            tags: [Santé]
            summary: Un autre article, pour avoir un thème et une page à laquelle renvoyer.
            ---
            Texte.
            """;

    private FixtureSite.Run check(String content) {
        return FixtureSite.create(dir, FixtureSite.SITE_YML + PAGES + content).run("check", "--now", "2024-11-20");
    }

    @Test
    void reportsSiteAddressesThatLeadNowhereWithASuggestion() {
        FixtureSite.Run run = check("""
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                summary: Un article pour tester les liens internes vers les pages du site.
                ---
                Voir [la page](/a-propos/), [le thème](/tags/sante/), [les archives](/archives) et [l'autre](autre.md).
                Un [lien cassé](/articles/autr/) ici, et [nulle part](/nulle/part/).

                Encore [le lien cassé](/articles/autr/), [relatif](../../tags/inconnu/)
                et [absolu](https://example.org/articles/perdu/).
                """);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "content/articles/bonjour.md:7:17: error: link to '/articles/autr/' leads to no page of the site;"
                        + " did you mean '/articles/autre/'?",
                "content/articles/bonjour.md:7:55: error: link to '/nulle/part/' leads to no page of the site;"
                        + " fix the address or remove the link",
                "content/articles/bonjour.md:9:24: error: link to '/articles/autr/' leads to no page of the site;"
                        + " did you mean '/articles/autre/'?",
                "content/articles/bonjour.md:9:52: error: link to '../../tags/inconnu/' leads to no page of the site"
                        + " (nothing is built at /tags/inconnu/); fix the address or remove the link",
                "content/articles/bonjour.md:10:13: error: link to 'https://example.org/articles/perdu/' leads to no"
                        + " page of the site (nothing is built at /articles/perdu/); fix the address or remove the link",
                "Checked 17 pages and 9 links: 5 errors; fix them before publishing.");
    }

    @Test
    void leavesMissingAndUnpublishedMarkdownLinksToTheBuild() {
        FixtureSite.Run run = check("""
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                summary: Un article pour tester les liens vers des fichiers Markdown.
                ---
                Voir [absente](absente.md) et [brouillon](brouillon.md#suite).
                -- content/articles/brouillon.md --
                ---
                title: Brouillon
                date: 2024-10-02
                draft: true
                ---
                Texte.
                """);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "content/articles/bonjour.md:6: error: link to a missing page 'absente.md' (looked for"
                        + " content/articles/absente.md); check the file name, the path is relative to this file",
                "content/articles/bonjour.md:6: warning: link to 'brouillon.md', which is not published (draft or"
                        + " future); publish it or remove the link",
                "Checked 17 pages and 2 links: 1 error and 1 warning; fix them before publishing.");
    }

    @Test
    void findsRawHtmlLinksAndReferenceDefinitions() {
        FixtureSite.Run run = check("""
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                summary: Un article pour tester les liens en HTML et par référence.
                ---
                <p>Un <a href="/tags/brut/">lien brut</a>.</p>

                Voir [la référence][ref] et [encore][ref].

                [ref]: /tags/reference/
                """);

        assertThat(run.errLines()).containsExactly(
                "content/articles/bonjour.md:6:16: error: link to '/tags/brut/' leads to no page of the site;"
                        + " fix the address or remove the link",
                "content/articles/bonjour.md:10:8: error: link to '/tags/reference/' leads to no page of the site;"
                        + " fix the address or remove the link",
                "Checked 17 pages and 3 links: 2 errors; fix them before publishing.");
    }

    @Test
    void followsTheBasePathOfTheSite() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML.replace("https://example.org/",
                "https://example.org/asso/") + PAGES + """
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                summary: Un article pour tester les liens d'un site publié dans un sous-dossier.
                ---
                [Bon](/a-propos/) et [mauvais](/a-propo/).

                <a href="/a-propos/">brut, sans le sous-dossier</a> <a href="/asso/a-propos/">brut, avec</a>
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.errLines()).containsExactly(
                "content/articles/bonjour.md:6:32: error: link to '/a-propo/' leads to no page of the site;"
                        + " did you mean '/a-propos/'?",
                "content/articles/bonjour.md:8:10: error: link to '/a-propos/' leads outside the site, whose pages"
                        + " are under /asso/; fix the address",
                "Checked 17 pages and 4 links: 2 errors; fix them before publishing.");
    }
}
