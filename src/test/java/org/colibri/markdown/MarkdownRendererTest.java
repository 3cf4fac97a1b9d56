package org.colibri.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.colibri.content.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {

    private final MarkdownRenderer french = new MarkdownRenderer(new MarkdownOptions(false, true, Slugs::slugify));

    private void assertRendering(String markdown, String html) {
        assertThat(french.render(markdown, 1, LinkResolver.IDENTITY).html().strip()).isEqualTo(html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`*em* **fort** ~~barré~~` | `<p><em>em</em> <strong>fort</strong> <del>barré</del></p>`",
        "`Voir https://example.org/a.` | `<p>Voir <a href=\"https://example.org/a\">https://example.org/a</a>.</p>`",
        "`Il a dit \"bonjour\".` | `<p>Il a dit «&#160;bonjour&#160;».</p>`",
        "`l'été` | `<p>l&rsquo;été</p>`",
        "`## Pour candidater` | `<h2 id=\"pour-candidater\">Pour candidater</h2>`",
        "`### Évènement à Lomé : l'œuvre` | `<h3 id=\"evenement-a-lome-l-oeuvre\">Évènement à Lomé : l&rsquo;œuvre</h3>`",
        "`<div class=\"x\">brut</div>` | `<div class=\"x\">brut</div>`",
    })
    void rendersCommonMarkWithTheSiteExtensions(String markdown, String html) {
        assertRendering(markdown.replace("\\n", "\n"), html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`Voir www.example.org.` | `<p>Voir <a href=\"http://www.example.org\">www.example.org</a>.</p>`",
        "`Écrire à contact@example.org.` | `<p>Écrire à <a href=\"mailto:contact@example.org\">contact@example.org</a>.</p>`",
        "`[lien](https://z.w)` | `<p><a href=\"https://z.w\">lien</a></p>`",
        "`[voir https://a.b](https://z.w)` | `<p><a href=\"https://z.w\">voir https://a.b</a></p>`",
        "`Rien à lier ici.` | `<p>Rien à lier ici.</p>`",
    })
    void linksBareAddressesButNotCodeOrExistingLinks(String markdown, String html) {
        assertRendering(markdown, html);
    }

    @Test
    void leavesAddressesInCodeAlone() {
        assertRendering("Code `https://x.y` seul.", "<p>Code <code>https://x.y</code> seul.</p>");
    }

    @Test
    void rendersTables() {
        assertRendering("| Phase | Date |\n|---|---|\n| Lancement | 5 novembre 2024 |\n",
                "<table>\n<thead>\n<tr><th>Phase</th><th>Date</th></tr>\n</thead>\n<tbody>\n"
                        + "<tr><td>Lancement</td><td>5 novembre 2024</td></tr>\n</tbody>\n</table>");
    }

    @Test
    void findsTablesInQuotesAndListsAndLeavesOtherBarsAsText() {
        assertThat(french.render("> | A |\n> |---|\n> | 1 |\n", 1, LinkResolver.IDENTITY).html())
                .contains("<blockquote>\n<table>").contains("<td>1</td>");
        assertThat(french.render("- élément\n\n  | A |\n  |---|\n  | 1 |\n", 1, LinkResolver.IDENTITY).html())
                .contains("<table>").contains("<td>1</td>");
        assertRendering("Choix : oui | non", "<p>Choix : oui | non</p>");
        assertRendering("[r]: https://a.b\n| A |\n|---|\n| [lien][r] |\n",
                "<table>\n<thead>\n<tr><th>A</th></tr>\n</thead>\n<tbody>\n"
                        + "<tr><td><a href=\"https://a.b\">lien</a></td></tr>\n</tbody>\n</table>");
    }

    @Test
    void rendersFootnotes() {
        String html = french.render("Texte[^1].\n\n[^1]: La note.\n", 1, LinkResolver.IDENTITY).html();
        assertThat(html).contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\"")
                .contains("La note.");
    }

    @Test
    void makesHeadingIdsUniqueAndListsThemInTheTableOfContents() {
        RenderedMarkdown r = french.render("# Intro\n\n## Détails\n\n## Détails\n\n## !!!\n", 1, LinkResolver.IDENTITY);
        assertThat(r.toc()).containsExactly(new TocEntry(1, "intro", "Intro"), new TocEntry(2, "details", "Détails"),
                new TocEntry(2, "details-2", "Détails"), new TocEntry(2, "section", "!!!"));
    }

    @Test
    void takesTheFirstParagraphAsPlainTextAndCountsWords() {
        RenderedMarkdown r = french.render("## Titre\n\nUn *premier* [paragraphe](x.md).\n\nDeux mots.\n", 1,
                LinkResolver.IDENTITY);
        assertThat(r.firstParagraph()).isEqualTo("Un premier paragraphe.");
        assertThat(r.wordCount()).isEqualTo(6);
    }

    @Test
    void escapesRawHtmlWhenAsked() {
        MarkdownRenderer escaping = new MarkdownRenderer(new MarkdownOptions(true, false, Slugs::slugify));
        assertThat(escaping.render("<script>alert(1)</script>\n\nTexte <b>gras</b>\n", 1, LinkResolver.IDENTITY).html())
                .doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
    }

    @Test
    void passesLinksImagesAndReferencesThroughTheResolverWithTheirFileLine() {
        List<String> seen = new ArrayList<>();
        LinkResolver resolver = (url, target, line) -> {
            seen.add(target + " " + url + " @" + line);
            return "/resolu/" + url;
        };
        String html = french.render("Un [lien](a.md).\n\n![image](b.png)\n\nUne [référence][r].\n\n[r]: c.md\n", 10,
                resolver).html();
        assertThat(seen).containsExactlyInAnyOrder("LINK a.md @10", "IMAGE b.png @12", "LINK c.md @16");
        assertThat(html).contains("href=\"/resolu/a.md\"").contains("src=\"/resolu/b.png\"")
                .contains("href=\"/resolu/c.md\"");
    }

    /** Documents that stress how text meets flexmark's writer: line ends, spaces, escapes, entities. */
    private static final List<String> TRICKY = List.of(
            "Ligne avec deux espaces  \nsuite\\\net fin.   \n",
            "Texte « guillemets » et \"citation\" d'été : 5 < 6 & 7 > 3.\n",
            "Échappés \\\"guillemets\\\" \\* \\_ \\& &amp; &eacute; &#233; &#xE9; &nbsp; &copy;\n",
            "`code\nsur deux lignes` et ``un ` dedans``\n",
            "\tcode indenté < & >\n\n```java\nif (a < b && c) {}\n```\n",
            "> Citation\n> sur *deux* lignes\n>\n> - liste\n>   suite\n",
            "1. un\n2. deux\n   - imbriqué **gras**\n\n     paragraphe\n",
            "| A | B |\n|---|:-:|\n| x \\| y | <b>z</b> |\n| seul |\n",
            "Note[^1] et ~~barré~~.\n\n[^1]: Le texte de la note\n    sur deux lignes.\n",
            "![alt « texte »](i.png \"titre\") [lien *fort*](https://a.b \"t & t\") <https://x.y>\n",
            "Ligne\r\navec CRLF\r\n\r\nEt — tirets -- et... points.\r\n",
            "<div>\n*pas du Markdown*\n</div>\n\nTexte <span title=\"a\">en ligne</span>.\n",
            "# Titre\n\nSetext\n======\n\n---\n\nFin\u00a0insécable\u202f!\n",
            "Un caractère privé \uE000 et \uE001 reste tel quel.\n");

    @Test
    void textSlotsGiveTheHtmlFlexmarkWritesItself() {
        for (boolean escapeRawHtml : new boolean[] {false, true}) {
            MarkdownOptions options = new MarkdownOptions(escapeRawHtml, true, Slugs::slugify);
            MarkdownRenderer slotted = new MarkdownRenderer(options);
            MarkdownRenderer direct = new MarkdownRenderer(options, false);
            for (String markdown : TRICKY) {
                assertThat(slotted.render(markdown, 1, LinkResolver.IDENTITY).html())
                        .as(markdown).isEqualTo(direct.render(markdown, 1, LinkResolver.IDENTITY).html());
            }
        }
    }

    @Test
    void keepsPrivateUseCharactersOfTheText() {
        assertRendering("A \uE000 1 \uE001 b", "<p>A \uE000 1 \uE001 b</p>");
    }
}
