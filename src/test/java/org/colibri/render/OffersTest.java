package org.colibri.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.colibri.testing.FixtureSite;
import org.colibri.testing.JsonTestReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offers: effective status at --now, badges, order, per-type pages, feed and JobPosting data. */
class OffersTest {

    @TempDir
    Path dir;

    FixtureSite site;

    @BeforeEach
    void writeSite() {
        site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                offers:
                  defaultCountry: FR
                -- content/offers/stage-genre.md --
                ---
                title: "Stage « genre » & RI"
                date: 2024-11-04
                type: stage
                deadline: 2024-11-30
                location: Ivry-sur-Seine, France
                duration: 6 mois
                contract: Stage conventionné
                contact: stages@example.org
                ---
                Missions du stage.
                -- content/offers/stage-securite.md --
                ---
                title: Stage sécurité
                date: 2024-10-02
                type: stage
                status: filled
                ---
                Pourvu.
                -- content/offers/support-informatique.md --
                ---
                title: Chargé·e de missions support informatique
                date: 2024-11-12
                type: emploi
                contract: CDD 3 ans
                location: Lomé (Togo)
                contact: si@example.org
                ---
                Poste.
                -- content/offers/appel-offres.md --
                ---
                title: Appel d'offres étude
                date: 2024-11-05
                type: appel-d-offres
                deadline: 2024-11-28
                ---
                Termes de référence.
                -- content/offers/volontaire.md --
                ---
                title: Mission de volontariat
                date: 2024-10-20
                type: volontariat
                deadline: 2024-11-24
                location: Kara
                ---
                Mission.
                -- content/offers/ancienne.md --
                ---
                title: Ancienne offre close
                date: 2024-09-01
                type: service-civique
                status: closed
                ---
                Close.
                """);
    }

    private Document offer(String now, String slug) {
        FixtureSite.Run run = site.run("build", "--now", now);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return site.html("offers/" + slug + "/index.html");
    }

    private static String badge(Document page) {
        return page.select(".entry-header .badge").text();
    }

    @Test
    void anOfferStaysOpenOnItsDeadlineDayAndClosesTheNextDay() {
        assertThat(badge(offer("2024-11-20", "stage-genre"))).isEqualTo("Ouverte");
        assertThat(badge(offer("2024-11-27", "stage-genre"))).isEqualTo("Clôture dans 3 jours");
        assertThat(badge(offer("2024-11-29", "stage-genre"))).isEqualTo("Clôture demain");
        assertThat(badge(offer("2024-11-30", "stage-genre"))).isEqualTo("Dernier jour pour postuler");
        assertThat(badge(offer("2024-11-30T23:59:00+01:00", "stage-genre"))).isEqualTo("Dernier jour pour postuler");
        Document closed = offer("2024-12-01", "stage-genre");
        assertThat(badge(closed)).isEqualTo("Candidatures closes");
        assertThat(closed.select(".badge-closed")).hasSize(1);
    }

    @Test
    void theDeadlineDayEndsInTheSiteTimezone() {
        // 23:30 UTC on 30 November is already 1 December in Paris.
        assertThat(badge(offer("2024-11-30T23:30:00Z", "stage-genre"))).isEqualTo("Candidatures closes");
        assertThat(badge(offer("2024-11-30T22:30:00Z", "stage-genre"))).isEqualTo("Dernier jour pour postuler");
    }

    @Test
    void filledAndClosedOffersSaySo() {
        assertThat(badge(offer("2024-11-20", "stage-securite"))).isEqualTo("Offre pourvue");
        assertThat(badge(offer("2024-11-20", "ancienne"))).isEqualTo("Candidatures closes");
    }

    @Test
    void anOfferPageShowsItsKeyFacts() {
        Document page = offer("2024-11-20", "stage-genre");
        assertThat(page.select(".facts dt").eachText())
                .containsExactly("Type", "Lieu", "Durée", "Contrat", "Date limite", "Pour postuler");
        assertThat(page.select(".facts dd").eachText()).containsExactly("Stage", "Ivry-sur-Seine, France", "6 mois",
                "Stage conventionné", "30 novembre 2024", "stages@example.org");
        assertThat(page.select(".facts a[href]").attr("href")).isEqualTo("mailto:stages@example.org");
        assertThat(page.select("[data-deadline-end]").attr("data-deadline-end")).isEqualTo("2024-11-30T23:59:59+01:00");
        assertThat(page.select("script[src]").attr("src")).startsWith("/assets/offers.js?v=");
    }

    @Test
    void listsOpenOffersByNearestDeadlineThenFilledAndClosedNewestFirst() {
        assertThat(site.build().exitCode()).isZero();
        Document offers = site.html("offers/index.html");
        assertThat(offers.select(".card-title a").eachText()).containsExactly(
                "Mission de volontariat", "Appel d'offres étude", "Stage « genre » & RI");
        assertThat(site.html("offers/page/2/index.html").select(".card-title a").eachText()).containsExactly(
                "Chargé·e de missions support informatique", "Stage sécurité", "Ancienne offre close");
        assertThat(site.html("offers/type/stage/index.html").select(".card-title a").eachText())
                .containsExactly("Stage « genre » & RI", "Stage sécurité");
        assertThat(site.html("offers/type/stage/index.html").select("h1").text()).isEqualTo("Stage");
        assertThat(site.exists("offers/type/emploi/index.html")).isTrue();
        assertThat(site.html("index.html").select(".home-offers .offer-list > li > a").eachText()).containsExactly(
                "Mission de volontariat", "Appel d'offres étude", "Stage « genre » & RI",
                "Chargé·e de missions support informatique");
    }

    @Test
    void theOffersFeedCarriesOpenOffersOnly() {
        assertThat(site.run("build", "--now", "2024-11-26").exitCode()).isZero();
        String feed = site.read("offers/feed.xml");
        assertThat(feed).contains("<title>Stage « genre » &amp; RI</title>", "<title>Appel d&#39;offres étude</title>",
                "<title>Chargé·e de missions support informatique</title>")
                .doesNotContain("Stage sécurité", "Ancienne offre close", "Mission de volontariat");
    }

    @Test
    void openJobOffersCarryAJobPosting() {
        Document page = offer("2024-11-20", "stage-genre");
        Map<String, Object> job = JsonTestReader.parse(page.select("script[type=application/ld+json]").html());
        assertThat(job).containsEntry("@type", "JobPosting").containsEntry("title", "Stage « genre » & RI")
                .containsEntry("datePosted", "2024-11-04T00:00:00+01:00")
                .containsEntry("validThrough", "2024-11-30T23:59:59+01:00")
                .containsEntry("employmentType", "INTERN");
        assertThat((String) job.get("description")).isEqualTo("<p>Missions du stage.</p>\n");
        assertThat(job.get("hiringOrganization").toString()).contains("name=Association Test");
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) ((Map<String, Object>) job.get("jobLocation")).get("address");
        assertThat(address).containsEntry("addressLocality", "Ivry-sur-Seine").containsEntry("addressCountry", "FR");

        Map<String, Object> it = JsonTestReader.parse(site.html("offers/support-informatique/index.html")
                .select("script[type=application/ld+json]").html());
        assertThat(it).containsEntry("employmentType", "TEMPORARY").doesNotContainKey("validThrough");
        assertThat(it.get("jobLocation").toString()).contains("addressLocality=Lomé", "addressCountry=TG");

        Map<String, Object> volunteer = JsonTestReader.parse(site.html("offers/volontaire/index.html")
                .select("script[type=application/ld+json]").html());
        assertThat(volunteer).containsEntry("employmentType", "VOLUNTEER");
        assertThat(volunteer.get("jobLocation").toString()).contains("addressLocality=Kara", "addressCountry=FR");
    }

    @Test
    void filledClosedAndTenderOffersHaveNoJobPosting() {
        assertThat(site.run("build", "--now", "2024-12-01").exitCode()).isZero();
        for (String slug : List.of("stage-securite", "ancienne", "appel-offres", "stage-genre")) {
            assertThat(site.html("offers/" + slug + "/index.html").select("script[type=application/ld+json]"))
                    .as(slug).isEmpty();
        }
        assertThat(site.html("offers/support-informatique/index.html").select("script[type=application/ld+json]"))
                .hasSize(1);
    }

    @Test
    void aClosedOfferStaysInTheSitemapWithTheDayItClosed() {
        assertThat(site.run("build", "--now", "2024-12-05").exitCode()).isZero();
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/offers/stage-genre/</loc>"
                + "<lastmod>2024-12-01T00:00:00+01:00</lastmod>");
    }

    @Test
    void warnsAboutAnOpenOfferWithADeadlineMoreThanAYearAhead() {
        site.write("""
                -- content/offers/lointaine.md --
                ---
                title: Lointaine
                date: 2024-11-01
                type: emploi
                deadline: 2026-01-15
                ---
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "content/offers/lointaine.md:5: warning: 'deadline' 2026-01-15 is more than a year ahead; check the year");
    }

    @Test
    void offerTypeLabelsComeFromSiteYml() {
        site.write(FixtureSite.SITE_YML + """
                offers:
                  types:
                    stage: Internship
                    emploi: Job
                    appel-d-offres: Tender
                    volontariat: Volunteering
                    service-civique: Civic service
                labels:
                  deadline: Deadline
                  statusFilled: Filled
                """);
        Document page = offer("2024-11-20", "stage-securite");
        assertThat(page.select(".entry-header .kicker").text()).isEqualTo("Internship Filled");
        assertThat(offer("2024-11-20", "stage-genre").select(".facts dt").eachText()).contains("Deadline");
    }
}
