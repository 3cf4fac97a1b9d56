package org.colibri.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.colibri.testing.FixtureSite;
import org.colibri.testing.JsonTestReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Lists, pagination, tags, archives, feeds, sitemap and redirects, all under a sub-path base URL. */
class IndexesTest {

    @TempDir
    Path dir;

    FixtureSite site;

    /** Seven articles and two offers over three months; pageSize 3; base URL under /site/. */
    @BeforeEach
    void buildSite() {
        StringBuilder spec = new StringBuilder(FixtureSite.SITE_YML.replace("https://example.org/",
                "https://example.org/site/"));
        String[][] articles = {
            {"a1", "2024-09-10", "[Santé, Togo]"},
            {"a2", "2024-10-01", "[santé]"},
            {"a3", "2024-10-05", "[Sante, Éducation]"},
            {"a4", "2024-10-05", "[Togo]"},
            {"a5", "2024-10-20", "[Écologie]"},
            {"a6", "2024-11-02", "[Zoologie, Santé]"},
            {"a7", "2024-11-15", "[Ébénisterie]"},
        };
        for (String[] a : articles) {
            spec.append("-- content/articles/").append(a[0]).append(".md --\n---\ntitle: Article ").append(a[0])
                    .append("\ndate: ").append(a[1]).append("\ntags: ").append(a[2])
                    .append("\nsummary: Résumé de ").append(a[0]).append("\n---\nCorps de ").append(a[0]).append(".\n");
        }
        spec.append("""
                -- content/offers/o1.md --
                ---
                title: Offre o1
                date: 2024-11-04
                type: stage
                deadline: 2024-11-30
                tags: [Santé]
                ---
                Texte.
                -- content/offers/o2.md --
                ---
                title: Offre o2
                date: 2024-10-15
                type: emploi
                updated: 2024-11-10T08:00:00+01:00
                aliases: [/recrutement/ancienne-offre/]
                ---
                Texte.
                """);
        site = FixtureSite.create(dir, spec.toString());
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<String> cardTitles(Document page) {
        return page.select(".card-title a").eachText();
    }

    @Test
    void paginatesArticlesNewestFirstWithTiesByTitle() {
        Document first = site.html("articles/index.html");
        assertThat(cardTitles(first)).containsExactly("Article a7", "Article a6", "Article a5");
        assertThat(cardTitles(site.html("articles/page/2/index.html")))
                .containsExactly("Article a5".replace("a5", "a3"), "Article a4", "Article a2");
        Document last = site.html("articles/page/3/index.html");
        assertThat(cardTitles(last)).containsExactly("Article a1");
        assertThat(site.exists("articles/page/4/index.html")).isFalse();

        assertThat(first.select("link[rel=next]").attr("href")).isEqualTo("/site/articles/page/2/");
        assertThat(first.select("link[rel=prev]")).isEmpty();
        Document middle = site.html("articles/page/2/index.html");
        assertThat(middle.select("link[rel=prev]").attr("href")).isEqualTo("/site/articles/");
        assertThat(middle.select("link[rel=next]").attr("href")).isEqualTo("/site/articles/page/3/");
        assertThat(middle.select("nav.pagination").attr("aria-label")).isEqualTo("Pagination");
        assertThat(middle.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/site/articles/");
        assertThat(last.select("link[rel=next]")).isEmpty();
        assertThat(last.select("title").text()).startsWith("Actualités – Page 3 sur 3");
    }

    @Test
    void homeShowsTheLatestArticlesAndOpenOffers() {
        Document home = site.html("index.html");
        assertThat(home.select(".home-articles .card-title a").eachText())
                .containsExactly("Article a7", "Article a6", "Article a5");
        assertThat(home.select(".home-articles .more a").attr("href")).isEqualTo("/site/articles/");
        assertThat(home.select(".home-offers .offer-list > li > a").eachText()).containsExactly("Offre o1", "Offre o2");
    }

    @Test
    void mergesTagSpellingsByTheirSlugAndNamesThemByTheMostUsedSpelling() {
        Document sante = site.html("tags/sante/index.html");
        assertThat(sante.select("h1").text()).isEqualTo("Santé");
        assertThat(sante.select(".meta").first().text()).startsWith("5 contenus");
        assertThat(cardTitles(sante)).containsExactly("Offre o1", "Article a6", "Article a3");
        assertThat(cardTitles(site.html("tags/sante/page/2/index.html"))).containsExactly("Article a2", "Article a1");
        assertThat(site.exists("tags/santé/index.html")).isFalse();
    }

    @Test
    void listsTagsWithCountsInFrenchCollationOrder() {
        Document tags = site.html("tags/index.html");
        assertThat(tags.select(".tag-index a").eachText())
                .containsExactly("Ébénisterie", "Écologie", "Éducation", "Santé", "Togo", "Zoologie");
        assertThat(tags.select(".tag-index li").get(3).text()).isEqualTo("Santé (5 contenus)");
        assertThat(tags.select(".tag-index li").get(0).text()).isEqualTo("Ébénisterie (1 contenu)");
        assertThat(tags.select(".tag-index a").first().attr("href")).isEqualTo("/site/tags/ebenisterie/");
    }

    @Test
    void buildsArchivesByYearAndMonthWithFrenchMonthNames() {
        Document archives = site.html("archives/index.html");
        assertThat(archives.select(".archive-year h2").eachText()).containsExactly("2024 (9 contenus)");
        assertThat(archives.select(".archive-year li").eachText()).containsExactly(
                "novembre 2024 (3 contenus)", "octobre 2024 (5 contenus)", "septembre 2024 (1 contenu)");
        assertThat(archives.select(".archive-year li a").first().attr("href")).isEqualTo("/site/archives/2024/11/");
        Document october = site.html("archives/2024/10/index.html");
        assertThat(october.select("h1").text()).isEqualTo("octobre 2024");
        assertThat(cardTitles(october)).containsExactly("Article a5", "Offre o2", "Article a3");
        assertThat(cardTitles(site.html("archives/2024/10/page/2/index.html"))).containsExactly("Article a4", "Article a2");
        assertThat(cardTitles(site.html("archives/2024/index.html"))).hasSize(3);
        assertThat(site.exists("archives/2024/page/3/index.html")).isTrue();
    }

    @Test
    void writesAnAtomFeedWithAbsoluteUrlsAndTheLatestUpdate() throws Exception {
        org.w3c.dom.Document feed = xml("feed.xml");
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(text(root, "id")).isEqualTo("https://example.org/site/feed.xml");
        assertThat(text(root, "updated")).isEqualTo("2024-11-15T00:00:00+01:00");
        assertThat(((Element) root.getElementsByTagNameNS("*", "author").item(0)).getTextContent())
                .contains("Association Test");
        NodeList entries = root.getElementsByTagNameNS("*", "entry");
        assertThat(entries.getLength()).isEqualTo(9);
        Element first = (Element) entries.item(0);
        assertThat(text(first, "title")).isEqualTo("Article a7");
        assertThat(text(first, "id")).isEqualTo("https://example.org/site/articles/a7/");
        assertThat(((Element) first.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href"))
                .isEqualTo("https://example.org/site/articles/a7/");
        assertThat(text(first, "content")).isEqualTo("<p>Corps de a7.</p>\n");
        assertThat(text((Element) entries.item(1), "title")).isEqualTo("Offre o1");
        assertThat(text((Element) entries.item(4), "title")).isEqualTo("Offre o2");
        assertThat(text((Element) entries.item(4), "updated")).isEqualTo("2024-11-10T08:00:00+01:00");
    }

    @Test
    void writesAFeedPerTag() throws Exception {
        org.w3c.dom.Document feed = xml("tags/togo/feed.xml");
        assertThat(feed.getDocumentElement().getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(2);
        assertThat(text(feed.getDocumentElement(), "id")).isEqualTo("https://example.org/site/tags/togo/feed.xml");
    }

    @Test
    void writesASitemapOfEveryHtmlPageAndARobotsFileNamingIt() throws Exception {
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).contains("https://example.org/site/", "https://example.org/site/articles/a1/",
                "https://example.org/site/articles/page/2/", "https://example.org/site/tags/sante/",
                "https://example.org/site/archives/2024/10/", "https://example.org/site/offers/o2/");
        assertThat(urls).doesNotContain("https://example.org/site/404.html",
                "https://example.org/site/recrutement/ancienne-offre/");
        assertThat(urls).allMatch(u -> u.startsWith("https://example.org/site/"));
        assertThat(sitemap.getElementsByTagNameNS("*", "lastmod").getLength()).isEqualTo(urls.size());
        assertThat(site.read("robots.txt")).contains("Sitemap: https://example.org/site/sitemap.xml");
    }

    @Test
    void leavesARedirectPageAtEachAlias() {
        Document redirect = site.html("recrutement/ancienne-offre/index.html");
        assertThat(redirect.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/site/offers/o2/");
        assertThat(redirect.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/site/offers/o2/");
        assertThat(redirect.select("a").attr("href")).isEqualTo("/site/offers/o2/");
    }

    @Test
    void describesArticlesWithMetadataAndJsonLd() throws Exception {
        Document article = site.html("articles/a3/index.html");
        assertThat(article.select("meta[name=description]").attr("content")).isEqualTo("Résumé de a3");
        assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/site/articles/a3/");
        assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(article.select("meta[property=og:title]").attr("content")).startsWith("Article a3");
        assertThat(article.select("meta[name=twitter:card]")).hasSize(1);
        // previous = older, next = newer; a3 and a4 share a date: the list order (by title) decides
        assertThat(article.select(".entry-nav .prev a").attr("href")).isEqualTo("/site/articles/a4/");
        assertThat(article.select(".entry-nav .next a").attr("href")).isEqualTo("/site/articles/a5/");
        assertThat(article.select(".meta").first().text()).contains("Lecture : 1 min");
        String json = article.select("script[type=application/ld+json]").html();
        var ld = JsonTestReader.parse(json);
        assertThat(ld).containsEntry("@type", "NewsArticle").containsEntry("headline", "Article a3")
                .containsEntry("datePublished", "2024-10-05T00:00:00+02:00")
                .containsEntry("dateModified", "2024-10-05T00:00:00+02:00");
        assertThat(ld.get("publisher").toString()).contains("Association Test");
    }

    private org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.output().resolve(path).toFile());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }
}
