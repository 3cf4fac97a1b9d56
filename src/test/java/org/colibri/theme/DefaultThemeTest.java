package org.colibri.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.colibri.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules of the packaged default theme that need no browser, checked on every page of the
 * repository's example site built at a fixed date, and on small fixture sites.
 */
class DefaultThemeTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    static Path example;

    /** Output path → parsed page, for every HTML page of the example site but alias redirects. */
    private static final Map<String, Document> PAGES = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void buildExampleSite() throws IOException {
        FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "build", "--source", ROOT.toString(), "--output",
                example.toString(), "--now", "2024-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                if (page.select("meta[http-equiv=refresh]").isEmpty()) {
                    PAGES.put(example.relativize(file).toString().replace('\\', '/'), page);
                }
            }
        }
        assertThat(PAGES).containsKeys("index.html", "404.html", "articles/index.html", "offers/index.html",
                "tags/index.html", "archives/index.html");
    }

    @Test
    void everyPageHasOneH1ALanguageLandmarksAndASkipLinkToMain() {
        for (var page : PAGES.entrySet()) {
            Document doc = page.getValue();
            String name = page.getKey();
            assertThat(doc.select("h1")).as("one h1 in " + name).hasSize(1);
            assertThat(doc.select("html").attr("lang")).as(name).isEqualTo("fr");
            assertThat(doc.select("header.site-header")).as(name).hasSize(1);
            assertThat(doc.select("main")).as(name).hasSize(1);
            assertThat(doc.select("footer.site-footer")).as(name).hasSize(1);
            assertThat(doc.select("nav.site-nav").attr("aria-label")).as(name).isEqualTo("Menu principal");
            Element skip = doc.body().child(0);
            assertThat(skip.is("a.skip-link")).as("the skip link comes first in " + name).isTrue();
            assertThat(skip.text()).isEqualTo("Aller au contenu");
            assertThat(doc.select("main").attr("id")).as(name).isEqualTo(skip.attr("href").substring(1));
            List<String> ids = doc.select("[id]").eachAttr("id");
            assertThat(ids).as("ids are unique in " + name).doesNotHaveDuplicates();
            for (Element nav : doc.select("nav")) {
                assertThat(nav.hasAttr("aria-label") || nav.hasAttr("aria-labelledby"))
                        .as("every nav is labelled in " + name + ": " + nav.className()).isTrue();
            }
        }
    }

    @Test
    void headingLevelsNeverSkipALevel() {
        for (var page : PAGES.entrySet()) {
            int previous = 0;
            for (Element heading : page.getValue().select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level).as(page.getKey() + ": " + heading.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void everyImageHasAnAltAndCardImagesAreDecorative() {
        for (var page : PAGES.entrySet()) {
            for (Element img : page.getValue().select("img")) {
                assertThat(img.hasAttr("alt")).as(page.getKey() + ": " + img).isTrue();
            }
            for (Element img : page.getValue().select(".card img, .brand img")) {
                assertThat(img.attr("alt")).as("the title beside it says it all: " + img).isEmpty();
            }
        }
        Document article = PAGES.get("articles/octobre-rose-togo-2024/index.html");
        assertThat(article.select(".entry-image img").attr("alt"))
                .isEqualTo("Affiche officielle de la campagne Octobre Rose 2024 au Togo");
        assertThat(article.select(".entry-image figcaption").text()).isEqualTo("Affiche officielle de l’évènement");
    }

    @Test
    void everyInternalLinkLeadsToAPageOrFileOfTheSite() {
        List<String> broken = new ArrayList<>();
        for (var page : PAGES.entrySet()) {
            Document doc = page.getValue();
            for (Element a : doc.select("a[href], link[rel=stylesheet], link[rel=icon], script[src], img[src]")) {
                String target = a.hasAttr("href") ? a.attr("href") : a.attr("src");
                if (!target.startsWith("/")) {
                    if (target.startsWith("#") && target.length() > 1
                            && doc.getElementById(target.substring(1)) == null) {
                        broken.add(page.getKey() + " → " + target);
                    }
                    continue;
                }
                String path = target.replaceAll("[?#].*$", "").substring(1);
                Path file = example.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                if (!Files.isRegularFile(file)) {
                    broken.add(page.getKey() + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theHomePageLoadsNothingFromElsewhereAndWeighsUnder60Kb() throws IOException {
        Document home = PAGES.get("index.html");
        long bytes = Files.size(example.resolve("index.html"));
        for (Element resource : home.select("link[rel~=(?i)^(stylesheet|icon|preload|modulepreload|manifest)$], "
                + "script[src], img[src], source[srcset], iframe, video, audio")) {
            String url = resource.hasAttr("href") ? resource.attr("href")
                    : resource.hasAttr("src") ? resource.attr("src") : resource.attr("srcset");
            assertThat(url).as("served by the site itself: " + resource).startsWith("/").doesNotStartWith("//");
            if (!resource.is("img, source, link[rel=icon]")) {
                bytes += Files.size(example.resolve(url.replaceAll("[?#].*$", "").substring(1)));
            }
        }
        String css = Files.readString(example.resolve("assets/style.css"), StandardCharsets.UTF_8);
        assertThat(css).doesNotContain("@import").doesNotContainPattern("url\\(\\s*['\"]?(https?:)?//");
        assertThat(bytes).as("home page, its CSS and scripts, without images").isLessThan(60 * 1024);
        assertThat(home.select("link[rel=stylesheet]").attr("href")).matches("/assets/style\\.css\\?v=[0-9a-f]{10}");
        assertThat(home.select("script[src]").eachAttr("src")).allMatch(src -> src.matches("/assets/.+\\?v=[0-9a-f]{10}"));
        assertThat(home.select("script:not([src])")).allMatch(s -> s.attr("type").equals("application/ld+json"));
        assertThat(home.select("[onclick], [onload], [onerror], [style]")).isEmpty();
    }

    @Test
    void homeShowsArticleCardsAndTheOpenOffersWithTheirDeadlines() {
        Document home = PAGES.get("index.html");
        assertThat(home.select("h1").text()).isEqualTo("France Volontaires — Actualités");
        Element first = home.select(".home-articles .card").get(1);
        assertThat(first.select("h3 a").text()).isEqualTo("France Volontaires Togo a participé à la campagne Octobre Rose 2024");
        assertThat(first.select("img.card-image")).hasSize(1);
        assertThat(first.select("time").attr("datetime")).startsWith("2024-10-26");
        assertThat(first.select(".summary").text()).startsWith("Aux côtés de l’association");
        assertThat(first.select(".tags a").eachText()).containsExactly("Santé", "Togo", "Sensibilisation");
        assertThat(first.select(".read-more a").text())
                .isEqualTo("Lire la suite : France Volontaires Togo a participé à la campagne Octobre Rose 2024");
        assertThat(home.select(".home-offers h2").text()).isEqualTo("Offres ouvertes");
        Element stage = home.select(".home-offers li:has(a[href=/offers/stage-relations-institutionnelles-genre/])").first();
        assertThat(stage.select(".meta").text()).isEqualTo("Stage · Date limite : 30 novembre 2024");
        Element badge = stage.select(".badge").first();
        assertThat(badge.text()).isEqualTo("Ouverte");
        assertThat(badge.attr("data-deadline-end")).isEqualTo("2024-11-30T23:59:59+01:00");
        assertThat(badge.attr("data-closed-label")).isEqualTo("Candidatures closes");
        assertThat(home.select(".home-articles .more a").attr("href")).isEqualTo("/articles/");
        assertThat(home.select(".home-offers .more a").attr("href")).isEqualTo("/offers/");
        assertThat(home.select(".site-nav a[aria-current=page]").eachText()).containsExactly("Accueil");
    }

    @Test
    void articleShowsDateAuthorReadingTimeTagsAndItsNeighbours() {
        Document article = PAGES.get("articles/raict-2024-collectivites/index.html");
        assertThat(article.select(".entry-header .meta").text()).contains("Publié le 21 octobre 2024")
                .contains("Lecture : ").contains(" min");
        assertThat(article.select(".entry-nav").attr("aria-label")).isEqualTo("Article précédent / Article suivant");
        assertThat(article.select(".entry-nav a[rel=prev]")).hasSize(1);
        assertThat(article.select(".entry-nav a[rel=next] .entry-nav-title").text())
                .isEqualTo("France Volontaires Togo a participé à la campagne Octobre Rose 2024");
        assertThat(article.select(".site-nav a[aria-current=page]").eachText()).containsExactly("Actualités");
    }

    @Test
    void offerShowsAKeyFactsBoxAndItsStatusBadge() {
        Document offer = PAGES.get("offers/stage-relations-institutionnelles-genre/index.html");
        assertThat(offer.select(".entry-header .badge").text()).isEqualTo("Ouverte");
        assertThat(offer.select(".facts h2").text()).isEqualTo("L’essentiel");
        assertThat(offer.select(".facts dt").eachText())
                .containsExactly("Type", "Lieu", "Durée", "Contrat", "Date limite", "Pour postuler");
        assertThat(offer.select(".facts dd").eachText()).containsExactly("Stage", "Ivry-sur-Seine, France",
                "6 mois", "Stage conventionné", "30 novembre 2024", "recrutement@france-volontaires.org");
        assertThat(offer.select(".facts a").attr("href")).isEqualTo("mailto:recrutement@france-volontaires.org");
        assertThat(offer.select("nav.toc a").eachAttr("href")).contains("#pour-candidater");
    }

    @Test
    void offerListsFilterByTypeMarkingTheCurrentOneAndLinkingOnlyTypesThatHaveOffers() {
        Document all = PAGES.get("offers/index.html");
        assertThat(all.select(".filters a").eachText())
                .containsExactly("Toutes les offres 4", "Offre d'emploi 1", "Stage 2", "Appel d'offres 1");
        assertThat(all.select(".filters a[aria-current]").eachText()).containsExactly("Toutes les offres 4");
        Document stages = PAGES.get("offers/type/stage/index.html");
        assertThat(stages.select(".filters a[aria-current]").eachText()).containsExactly("Stage 2");
        assertThat(stages.select(".site-nav a[aria-current=page]").eachText()).containsExactly("Offres");
    }

    @Test
    void tagIndexArchivesAnd404() {
        assertThat(PAGES.get("tags/index.html").select(".tag-index li").first().text())
                .isEqualTo("Collectivités (3 contenus)");
        assertThat(PAGES.get("archives/index.html").select(".archive-months li").eachText())
                .containsExactly("novembre 2024 (4 contenus)", "octobre 2024 (6 contenus)");
        Document notFound = PAGES.get("404.html");
        assertThat(notFound.select("h1").text()).isEqualTo("Page introuvable");
        assertThat(notFound.select("a.button").attr("href")).isEqualTo("/");
        assertThat(notFound.select("section h2").eachText()).containsExactly("Dernières actualités", "Offres ouvertes");
        assertThat(notFound.select(".link-list li")).hasSize(5);
        assertThat(notFound.select(".offer-list li")).hasSize(3);
    }

    @Test
    void paginationIsALabelledNavWhoseLinksMakeSenseAlone() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + articles(4));
        assertThat(site.build().exitCode()).isZero();
        Document first = site.html("articles/index.html");
        Element nav = first.select("nav.pagination").first();
        assertThat(nav.attr("aria-label")).isEqualTo("Pagination");
        assertThat(nav.select(".pagination-status").text()).isEqualTo("Page 1 sur 2");
        assertThat(nav.select("a[aria-current=page]").attr("aria-label")).isEqualTo("Page 1 sur 2");
        assertThat(nav.select("a[rel=next]").text()).isEqualTo("Page suivante →");
        assertThat(nav.select("a[rel=next]").attr("href")).isEqualTo("/articles/page/2/");
        Document second = site.html("articles/page/2/index.html");
        assertThat(second.select("nav.pagination a[rel=prev]").text()).isEqualTo("← Page précédente");
        assertThat(second.select("nav.pagination a[aria-current=page]").text()).isEqualTo("2");
    }

    @Test
    void longListsLinkTheFirstTheLastAndTheNeighbourPagesOnly() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + articles(20));
        assertThat(site.build().exitCode()).isZero();
        Element nav = site.html("articles/page/4/index.html").select("nav.pagination").first();
        assertThat(nav.select("li").eachText())
                .containsExactly("← Page précédente", "1", "2", "3", "4", "5", "6", "7", "Page suivante →");
        nav = site.html("articles/index.html").select("nav.pagination").first();
        assertThat(nav.select("li").eachText()).containsExactly("1", "2", "3", "…", "7", "Page suivante →");
        assertThat(nav.select("a[aria-label]").eachAttr("aria-label"))
                .containsExactly("Page 1 sur 7", "Page 2 sur 7", "Page 3 sur 7", "Page 7 sur 7");
    }

    @Test
    void labelsFromSiteYmlReplaceEveryFrenchText() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML.replace("pageSize: 3", """
                pageSize: 3
                language: en
                labels:
                  skipToContent: "Skip to content"
                  mainMenu: "Main menu"
                  latestArticles: "Latest news"
                  allArticles: "All news"
                  openOffers: "Open positions"
                  allOffers: "All positions"
                  noOpenOffers: "No open position right now."
                  readMore: "Read more"
                  feed: "Atom feed"
                  offersFeed: "Positions feed"
                  articles: "News"
                  offers: "Positions"
                  tags: "Topics"
                  archives: "Archives"
                  pagination: "Pages"
                  pageOf: "Page {0} of {1}"
                  nextPage: "Next page"
                """) + articles(4));
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document home = site.html("index.html");
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select(".skip-link").text()).isEqualTo("Skip to content");
        assertThat(home.select(".home-articles h2").text()).isEqualTo("Latest news");
        assertThat(home.select(".home-offers p").first().text()).isEqualTo("No open position right now.");
        assertThat(home.select(".read-more a").first().text()).startsWith("Read more : ");
        assertThat(home.select(".footer-links a").eachText())
                .containsExactly("News", "Positions", "Topics", "Archives", "Atom feed", "Positions feed");
        assertThat(home.text()).doesNotContain("Lire la suite").doesNotContain("Actualités").doesNotContain("Offres");
        Document list = site.html("articles/index.html");
        assertThat(list.select("nav.pagination").attr("aria-label")).isEqualTo("Pages");
        assertThat(list.select("nav.pagination a[rel=next]").text()).isEqualTo("Next page →");
        assertThat(list.select("nav.pagination a[aria-current]").attr("aria-label")).isEqualTo("Page 1 of 2");
    }

    static String articles(int count) {
        StringBuilder spec = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            spec.append("-- content/articles/a").append(i).append(".md --\n---\ntitle: Article ").append(i)
                    .append("\ndate: 2024-10-").append(String.format("%02d", i)).append("\n---\nTexte ").append(i)
                    .append(".\n");
        }
        return spec.toString();
    }
}
