package org.colibri.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.colibri.testing.FixtureSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own example site builds cleanly and shows the seed page's content. */
class ExampleSiteTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path out;

    private FixtureSite.Run build(String now) {
        return FixtureSite.Run.of(java.util.Map.of(), "build", "--source", ROOT.toString(), "--output",
                out.toString(), "--now", now);
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void buildsWithoutErrorsOrWarnings() throws Exception {
        FixtureSite.Run run = build("2024-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(page("articles/index.html").select(".card-title a").eachText()).hasSize(6)
                .contains("France Volontaires Togo a participé à la campagne Octobre Rose 2024");
        assertThat(page("offers/index.html").select(".card-title a")).hasSize(4);
        assertThat(Files.exists(out.resolve("a-propos/index.html"))).isTrue();
        assertThat(page("articles/octobre-rose-togo-2024/index.html").select(".entry-image img").attr("src"))
                .endsWith(".svg");
    }

    @Test
    void theFilledInternshipShowsAsFilled() throws Exception {
        assertThat(build("2024-11-20").exitCode()).isZero();
        Document offer = page("offers/stage-securite-gestion-de-crise/index.html");
        assertThat(offer.select(".entry-header .badge").text()).isEqualTo("Offre pourvue");
    }

    @Test
    void offersWhoseDeadlinePassedShowAsClosedOnTheFirstOfDecember() throws Exception {
        assertThat(build("2024-12-01").exitCode()).isZero();
        for (String slug : List.of("stage-relations-institutionnelles-genre", "appel-offres-etude-territoires-volontaires")) {
            assertThat(page("offers/" + slug + "/index.html").select(".entry-header .badge").text()).as(slug)
                    .isEqualTo("Candidatures closes");
        }
        assertThat(page("index.html").select(".home-offers .offer-list > li > a").eachText())
                .containsExactly("Offre d’emploi : Chargé·e de missions support informatique");
    }
}
