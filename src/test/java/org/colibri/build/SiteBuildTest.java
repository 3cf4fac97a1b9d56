package org.colibri.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds small fixture sites and inspects the pages they produce. */
class SiteBuildTest {

    @TempDir
    Path dir;

    static final String CONTENT = """
            -- content/articles/octobre-rose.md --
            ---
            title: "Octobre Rose : le dépistage sauve des vies"
            date: 2024-10-26
            tags: [Santé, Togo]
            author: Équipe Togo
            ---
            La campagne a réuni « petits et grands » à Lomé.

            ## Une mobilisation collective

            Voir [le stage](../offers/stage-genre.md#pour-candidater) et [l'accueil](/a-propos/).

            ## Une mobilisation collective
            -- content/offers/stage-genre.md --
            ---
            title: "Stage : Assistant·e relations institutionnelles et genre"
            date: 2024-11-04
            type: stage
            deadline: 2024-11-30
            location: Ivry-sur-Seine, France
            contact: stages@example.org
            ---
            ## Pour candidater

            Envoyer CV et lettre.
            -- content/pages/a-propos.md --
            ---
            title: À propos
            ---
            Qui sommes-nous ?
            """;

    @Test
    void writesOnePagePerItemAtItsUrl() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + CONTENT);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Built ").contains(" pages (").contains("into public/");
        assertThat(site.exists("articles/octobre-rose/index.html")).isTrue();
        assertThat(site.exists("offers/stage-genre/index.html")).isTrue();
        assertThat(site.exists("a-propos/index.html")).isTrue();
        assertThat(site.exists("index.html")).isTrue();
        assertThat(site.exists("404.html")).isTrue();
        assertThat(site.exists("assets/style.css")).isTrue();

        Document article = site.html("articles/octobre-rose/index.html");
        assertThat(article.select("h1").text()).isEqualTo("Octobre Rose : le dépistage sauve des vies");
        assertThat(article.select("html").attr("lang")).isEqualTo("fr");
        assertThat(article.select("time").first().text()).isEqualTo("26 octobre 2024");
        assertThat(article.select(".tags a").eachText()).containsExactly("Santé", "Togo");
        assertThat(article.select(".tags a").first().attr("href")).isEqualTo("/tags/sante/");
    }

    @Test
    void givesHeadingsUniqueAsciiIdsAndRewritesLinksToMarkdownFiles() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + CONTENT);
        assertThat(site.build().exitCode()).isZero();
        Document article = site.html("articles/octobre-rose/index.html");
        assertThat(article.select(".prose h2").eachAttr("id"))
                .containsExactly("une-mobilisation-collective", "une-mobilisation-collective-2");
        assertThat(article.select(".prose a").eachAttr("href"))
                .containsExactly("/offers/stage-genre/#pour-candidater", "/a-propos/");
        assertThat(site.html("offers/stage-genre/index.html").select("#pour-candidater")).hasSize(1);
        // Typographic quotes in French: « » with no-break spaces.
        assertThat(article.select(".prose p").first().text()).contains("« petits et grands »");
    }

    @Test
    void escapesFrontMatterValuesEverywhere() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/xss.md --
                ---
                title: "<script>alert(1)</script>"
                date: 2024-10-01
                summary: "\\"><img src=x onerror=alert(2)>"
                tags: ["<b>gras</b>"]
                author: "<i>moi</i>"
                ---
                Texte.
                """);
        assertThat(site.build().exitCode()).isZero();
        for (String page : new String[] {"articles/xss/index.html", "index.html", "articles/index.html",
                "tags/b-gras-b/index.html", "tags/index.html", "archives/2024/10/index.html"}) {
            String html = site.read(page);
            assertThat(html).as(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                    .doesNotContain("<b>gras</b>").doesNotContain("<i>moi</i>");
        }
        Document article = site.html("articles/xss/index.html");
        assertThat(article.select("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(article.select("title").text()).startsWith("<script>alert(1)</script>");
        assertThat(article.select("meta[name=description]").attr("content")).isEqualTo("\"><img src=x onerror=alert(2)>");
        assertThat(site.read("articles/xss/index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void jsonLdParsesBackToExactlyWhatTheEditorWrote() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/guillemets.md --
                ---
                title: 'Le « V.I.E.S » & les "fondations" </script><script>alert(1)</script>'
                date: 2024-10-01
                author: "Anne & Théo"
                ---
                Texte.
                """);
        assertThat(site.build().exitCode()).isZero();
        Document page = site.html("articles/guillemets/index.html");
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(page.select("script:not([type=application/ld+json]):not([src])")).isEmpty();
        var json = org.colibri.testing.JsonTestReader.parse(page.select("script[type=application/ld+json]").html());
        assertThat(json).containsEntry("headline",
                "Le « V.I.E.S » & les \"fondations\" </script><script>alert(1)</script>");
        assertThat(json.get("author").toString()).contains("Anne & Théo");
        // Key order is part of the bytes: it must not change from one JVM to the next.
        assertThat(page.select("script[type=application/ld+json]").html())
                .contains("\"author\":{\"@type\":\"Person\",\"name\":\"Anne \\u0026 Théo\"}");
    }

    @Test
    void namesATagByItsMostUsedSpellingAndBreaksTiesByTheOldestUse() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/a.md --
                ---
                title: A
                date: 2024-10-01
                tags: [éducation, Coopération]
                ---
                -- content/articles/b.md --
                ---
                title: B
                date: 2024-10-02
                tags: [Éducation, coopération]
                ---
                -- content/articles/c.md --
                ---
                title: C
                date: 2024-10-03
                tags: [Éducation]
                ---
                """);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.html("tags/index.html").select(".tag-index a").eachText())
                .containsExactly("Coopération", "Éducation");
        assertThat(site.html("articles/a/index.html").select(".tags a").eachText())
                .containsExactly("Éducation", "Coopération");
    }

    @Test
    void worksUnderASubPath() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML.replace("https://example.org/",
                "https://example.org/site/") + CONTENT + """
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        assertThat(site.build().exitCode()).isZero();
        Document article = site.html("articles/octobre-rose/index.html");
        assertThat(article.select(".prose a").eachAttr("href"))
                .containsExactly("/site/offers/stage-genre/#pour-candidater", "/site/a-propos/");
        assertThat(article.select("link[rel=stylesheet]").attr("href")).startsWith("/site/assets/style.css?v=");
        assertThat(article.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/site/articles/octobre-rose/");
        assertThat(article.select("a.brand").attr("href")).isEqualTo("/site/");
        for (String href : article.select("a[href], link[href], script[src], img[src]").eachAttr("href")) {
            assertThat(href).as("every internal link carries the base path")
                    .satisfiesAnyOf(h -> assertThat(h).startsWith("/site/"), h -> assertThat(h).startsWith("http"),
                            h -> assertThat(h).startsWith("mailto:"), h -> assertThat(h).startsWith("#"));
        }
    }

    @Test
    void baseUrlOptionOverridesSiteYml() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + CONTENT);
        assertThat(site.build("--base-url", "https://preview.example.net/pr-12").exitCode()).isZero();
        Document home = site.html("index.html");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://preview.example.net/pr-12/");
        assertThat(home.select("a.brand").attr("href")).isEqualTo("/pr-12/");
    }

    @Test
    void leavesOutDraftsAndFutureItemsUnlessAsked() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/publie.md --
                ---
                title: Publié
                date: 2024-11-20T09:00:00+01:00
                ---
                -- content/articles/brouillon.md --
                ---
                title: Brouillon
                date: 2024-11-01
                draft: true
                ---
                -- content/articles/demain.md --
                ---
                title: Demain
                date: 2024-11-21
                ---
                """);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.exists("articles/publie/index.html")).as("dated on --now's day: published").isTrue();
        assertThat(site.exists("articles/brouillon/index.html")).isFalse();
        assertThat(site.exists("articles/demain/index.html")).isFalse();
        assertThat(site.html("articles/index.html").select(".card-title a").eachText()).containsExactly("Publié");

        assertThat(site.build("--drafts", "--future").exitCode()).isZero();
        assertThat(site.exists("articles/brouillon/index.html")).isTrue();
        assertThat(site.exists("articles/demain/index.html")).isTrue();
        assertThat(site.html("articles/brouillon/index.html").select(".badge-draft").text()).isEqualTo("Brouillon");
    }

    @Test
    void copiesBundleImagesBesideTheirPageAndOtherFilesToTheirPath() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/visite/index.md --
                ---
                title: Visite
                date: 2024-10-10
                image: photo.svg
                imageAlt: Les officiels et les volontaires
                imageCaption: Rencontre entre les officiels et les volontaires
                imageCredit: ©Judith Litvine/MEAE
                ---
                ![Photo de famille](images/famille.svg)

                ![Logo](../../images/logo.svg)
                -- content/articles/visite/photo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/articles/visite/images/famille.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- content/documents/termes-de-reference.pdf --
                %PDF-1.4
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.exists("articles/visite/photo.svg")).isTrue();
        assertThat(site.exists("articles/visite/images/famille.svg")).isTrue();
        assertThat(site.exists("images/logo.svg")).isTrue();
        assertThat(site.exists("documents/termes-de-reference.pdf")).isTrue();
        Document page = site.html("articles/visite/index.html");
        assertThat(page.select(".entry-image img").attr("src")).isEqualTo("/articles/visite/photo.svg");
        assertThat(page.select(".entry-image img").attr("alt")).isEqualTo("Les officiels et les volontaires");
        assertThat(page.select("figcaption").text())
                .isEqualTo("Rencontre entre les officiels et les volontaires ©Judith Litvine/MEAE");
        assertThat(page.select(".prose img").eachAttr("src"))
                .containsExactly("/articles/visite/images/famille.svg", "/images/logo.svg");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/articles/visite/photo.svg");
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEndings() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML);
        site.writeBytes("content/articles/windows.md", ("\uFEFF---\r\ntitle: Écrit sous Windows\r\n"
                + "date: 2024-10-05\r\n---\r\nPremière ligne.\r\n").getBytes(StandardCharsets.UTF_8));
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = site.html("articles/windows/index.html");
        assertThat(page.select("h1").text()).isEqualTo("Écrit sous Windows");
        assertThat(page.select(".prose p").text()).isEqualTo("Première ligne.");
    }

    @Test
    void usesTheSlugFieldAndPermalinkSettings() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                permalinks:
                  article: /actualites/:year/:month/:slug/
                -- content/articles/fichier.md --
                ---
                title: Titre
                date: 2024-10-05
                slug: "Évènement à Lomé : l'œuvre"
                ---
                """);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.exists("actualites/2024/10/evenement-a-lome-l-oeuvre/index.html")).isTrue();
    }

    @Test
    void exposesUnknownFrontMatterKeysToTemplatesAndHonoursLayout() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- templates/evenement.ftlh --
                <p class="lieu">${page.params.lieu}</p><p class="places">${page.params.places}</p>
                -- content/articles/fete.md --
                ---
                title: Fête
                date: 2024-10-05
                layout: evenement
                lieu: "Lomé & Kara"
                places: 120
                ---
                """);
        assertThat(site.build().exitCode()).isZero();
        Document page = site.html("articles/fete/index.html");
        assertThat(page.select(".lieu").text()).isEqualTo("Lomé & Kara");
        assertThat(page.select(".places").text()).isEqualTo("120");
    }

    @Test
    void escapesRawHtmlWhenTheSiteAsks() {
        String article = """
                -- content/articles/html.md --
                ---
                title: HTML
                date: 2024-10-05
                ---
                <div class="encart">Encadré</div>
                """;
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + article);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.html("articles/html/index.html").select(".prose div.encart")).hasSize(1);

        site.write(FixtureSite.SITE_YML + "markdown:\n  rawHtml: escape\n" + article);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.html("articles/html/index.html").select(".prose div.encart")).isEmpty();
        assertThat(site.read("articles/html/index.html")).contains("&lt;div class=&quot;encart&quot;&gt;");
    }

    @Test
    void buildsWithThePackagedThemeWhenTheSiteHasNoTemplates() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + CONTENT);
        assertThat(Files.exists(dir.resolve("templates"))).isFalse();
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.html("index.html").select("main h1").text()).isEqualTo("Site de test");
    }

    @Test
    void siteTemplatesOverrideThePackagedOnesByName() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + CONTENT + """
                -- templates/page.ftlh --
                <!DOCTYPE html><title>${page.title}</title><p id="perso">${site.title}</p>
                """);
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.html("a-propos/index.html").select("#perso").text()).isEqualTo("Site de test");
        assertThat(site.html("articles/octobre-rose/index.html").select(".prose")).hasSize(1);
    }

    @Test
    void twoBuildsWithTheSameNowAreByteIdentical(@TempDir Path other) {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + CONTENT);
        assertThat(site.build().exitCode()).isZero();
        var first = FixtureSite.tree(site.output());
        assertThat(site.build("--output", other.resolve("public").toString()).exitCode()).isZero();
        assertThat(FixtureSite.tree(other.resolve("public"))).isEqualTo(first);
        assertThat(site.build().exitCode()).isZero();
        assertThat(FixtureSite.tree(site.output())).isEqualTo(first);
    }

    @Test
    void replacesThePreviousOutputWhole() throws Exception {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + CONTENT);
        assertThat(site.build().exitCode()).isZero();
        Files.writeString(site.output().resolve("vieux.html"), "ancien");
        site.delete("content/pages/a-propos.md");
        assertThat(site.build().exitCode()).isZero();
        assertThat(site.exists("vieux.html")).isFalse();
        assertThat(site.exists("a-propos/index.html")).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary folder left behind")
                    .noneMatch(name -> name.startsWith(".public"));
        }
    }
}
