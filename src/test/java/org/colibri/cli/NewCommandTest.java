package org.colibri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colibri new}: the file it writes, where, and what it refuses. */
class NewCommandTest {

    @TempDir
    Path dir;

    FixtureSite site;

    @BeforeEach
    void createSite() {
        site = FixtureSite.create(dir, FixtureSite.SITE_YML + "timezone: Pacific/Auckland\n");
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void writesAnArticleDraftWithEveryFieldAndTodayInTheSiteZone() throws IOException {
        FixtureSite.Run run = site.run("new", "article", "Évènement à Lomé : l'œuvre", "--tags", "Santé, Togo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Created content/articles/evenement-a-lome-l-oeuvre.md"
                + " (draft: set draft: false to publish)\n");
        String text = read("content/articles/evenement-a-lome-l-oeuvre.md");
        // The test clock says 2024-11-20T10:00Z, which is already the 20th's evening in Auckland: 23:00.
        assertThat(text).startsWith("""
                ---
                title: "Évènement à Lomé : l'œuvre"
                date: 2024-11-20
                # Brouillon : l'article n'est pas publié. Mettez draft: false pour le publier.
                draft: true
                # Thèmes de l'article, séparés par des virgules.
                tags: ["Santé", "Togo"]
                """);
        for (String field : new String[] {"summary", "author", "image", "imageAlt", "imageCaption", "imageCredit",
            "updated", "slug", "aliases", "layout"}) {
            assertThat(text).containsPattern("(?m)^# " + field + ": ");
        }
        assertThat(text).doesNotContain("{{");
    }

    @Test
    void takesTheDateInTheSiteZoneNotUtc() throws IOException {
        site.write(FixtureSite.SITE_YML + "timezone: Pacific/Kiritimati\n");
        // 2024-11-20T10:00Z is 2024-11-21 00:00 at UTC+14.
        assertThat(site.run("new", "article", "Demain déjà").exitCode()).isZero();
        assertThat(read("content/articles/demain-deja.md")).contains("\ndate: 2024-11-21\n");
    }

    @Test
    void takesTodayFromNowOrSourceDateEpochLikeBuild() throws IOException {
        assertThat(site.run("new", "article", "Fixé", "--now", "2025-01-15").exitCode()).isZero();
        assertThat(read("content/articles/fixe.md")).contains("\ndate: 2025-01-15\n");
        // 1733400000 is 2024-12-05T12:00Z, already 6 December in Auckland (the site's zone).
        assertThat(site.runWith(java.util.Map.of("SOURCE_DATE_EPOCH", "1733400000"), "new", "article", "Époque")
                .exitCode()).isZero();
        assertThat(read("content/articles/epoque.md")).contains("\ndate: 2024-12-06\n");
    }

    @Test
    void writesAnOfferWithTypeDeadlineAndLocation() throws IOException {
        FixtureSite.Run run = site.run("new", "offer", "Stage : chargé·e de communication", "--type", "Stage",
                "--deadline", "2024-12-31", "--location", "Lomé, Togo", "--date", "2024-11-18");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Created content/offers/stage-charge-e-de-communication.md"
                + " (draft: set draft: false to publish)\n");
        String text = read("content/offers/stage-charge-e-de-communication.md");
        assertThat(text).contains("""
                title: "Stage : chargé·e de communication"
                date: 2024-11-18
                """).contains("""
                # Type d'offre, parmi : emploi, stage, appel-d-offres, volontariat, service-civique
                type: stage
                """).contains("\ndeadline: 2024-12-31\n").contains("\nlocation: \"Lomé, Togo\"\n")
                .contains("\n# status: ").contains("\n# duration: ").contains("\n# contract: ")
                .contains("\n# contact: ").contains("\n# tags: ").contains("\n## Pour candidater\n");
    }

    @Test
    void bundleCreatesAFolderWithIndexMd() throws IOException {
        FixtureSite.Run run = site.run("new", "article", "Photos de l'atelier", "--bundle");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Created content/articles/photos-de-l-atelier/index.md ");
        assertThat(read("content/articles/photos-de-l-atelier/index.md")).startsWith("---\ntitle: ");
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        site.write("""
                -- content/articles/bonjour.md --
                texte de l'éditeur
                """);

        FixtureSite.Run run = site.run("new", "article", "Bonjour");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("content/articles/bonjour.md: error: already exists, and 'new' never"
                + " replaces a file; choose another title, or edit this file\n");
        assertThat(run.out()).isEmpty();
        assertThat(read("content/articles/bonjour.md")).isEqualTo("texte de l'éditeur\n");
    }

    @Test
    void refusesABundleWhenTheSingleFileHasTheSameName() {
        site.write("""
                -- content/articles/bonjour.md --
                texte
                """);

        FixtureSite.Run run = site.run("new", "article", "Bonjour", "--bundle");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("content/articles/bonjour.md: error: already exists under the same name,"
                + " so content/articles/bonjour/index.md would have the same address; choose another title,"
                + " or edit this file\n");
        assertThat(dir.resolve("content/articles/bonjour")).doesNotExist();
    }

    @Test
    void rejectsATitleWithoutLettersOrDigits() {
        FixtureSite.Run run = site.run("new", "article", "« ? ! »");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("colibri: the title \"« ? ! »\" has no letter or digit to make a"
                + " file name from; give l'article a title with words, e.g. \"Stage à Lomé\"",
                "Run 'colibri new --help' for the options.");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void joinsAnUnquotedTitle() {
        FixtureSite.Run run = site.run("new", "page", "Nous", "contacter");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Created content/pages/nous-contacter.md ");
    }

    @Test
    void listsTheKnownTypesForAnUnknownOne() {
        FixtureSite.Run run = site.run("new", "offer", "Stage", "--type", "stag");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("colibri: unknown offer type 'stag'; did you mean 'stage'?"
                + " use one of: emploi, stage, appel-d-offres, volontariat, service-civique");
    }

    @Test
    void requiresATypeForOffers() {
        FixtureSite.Run run = site.run("new", "offer", "Stage");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("colibri: an offer needs --type; use one of: emploi, stage,"
                + " appel-d-offres, volontariat, service-civique");
    }

    @Test
    void rejectsMalformedDates() {
        assertThat(site.run("new", "article", "A", "--date", "demain").errLines()).first().isEqualTo(
                "colibri: --date 'demain' is not a date; write it like 2024-12-01 or 2024-12-01T09:30:00+01:00");
        FixtureSite.Run run = site.run("new", "offer", "B", "--type", "stage", "--deadline", "2024-02-30");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo(
                "colibri: --deadline '2024-02-30' is not a day; write it like 2024-12-31");
        assertThat(site.run("new", "offer", "C", "--type", "stage", "--deadline", "2024-11-01").errLines()).first()
                .isEqualTo("colibri: --deadline 2024-11-01 is before the offer's date 2024-11-20; fix the deadline");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void rejectsOfferOptionsForArticlesAndUnknownKinds() {
        assertThat(site.run("new", "article", "A", "--type", "stage").errLines()).first().isEqualTo(
                "colibri: --type, --deadline and --location apply to offers only; run 'colibri new offer'");
        FixtureSite.Run run = site.run("new", "articel", "A");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("colibri: unknown kind 'articel'; use article, offer or page");
    }

    @Test
    void reportsABrokenSiteYmlAndCreatesNothing() {
        site.write("""
                -- site.yml --
                title: [
                """);
        FixtureSite.Run run = site.run("new", "article", "A");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).last().isEqualTo("Nothing was created: fix site.yml first.");
        assertThat(run.err()).startsWith("site.yml:");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void createdItemsBuildOnceNoLongerDraftsEvenWithAwkwardTitles() throws IOException {
        String title = "Le \"V.I.E.S\" : #1 en 2024 ? yes: [oui] \\o/";
        assertThat(site.run("new", "article", title, "--tags", "a: b,#c", "--date", "2024-11-01").exitCode())
                .isZero();
        assertThat(site.run("new", "offer", title, "--type", "emploi", "--bundle", "--date", "2024-11-01",
                "--deadline", "2024-12-01", "--location", "Paris: 11e").exitCode()).isZero();
        assertThat(site.run("new", "page", title).exitCode()).isZero();
        for (String path : new String[] {"content/articles/le-v-i-e-s-1-en-2024-yes-oui-o.md",
            "content/offers/le-v-i-e-s-1-en-2024-yes-oui-o/index.md", "content/pages/le-v-i-e-s-1-en-2024-yes-oui-o.md"}) {
            Path file = dir.resolve(path);
            Files.writeString(file, read(path).replace("draft: true", "draft: false"));
        }

        FixtureSite.Run build = site.build();

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(site.html("articles/le-v-i-e-s-1-en-2024-yes-oui-o/index.html").select("h1").text())
                .isEqualTo(title);
        assertThat(site.html("offers/le-v-i-e-s-1-en-2024-yes-oui-o/index.html").select("h1").text())
                .contains(title);
        assertThat(site.html("le-v-i-e-s-1-en-2024-yes-oui-o/index.html").select("h1").text()).isEqualTo(title);
        assertThat(site.exists("tags/a-b/index.html")).isTrue();
        assertThat(site.exists("tags/c/index.html")).isTrue();
    }

    @Test
    void draftsAreNotPublishedUntilTheEditorSaysSo() {
        assertThat(site.run("new", "article", "Brouillon").exitCode()).isZero();
        FixtureSite.Run build = site.build();
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(site.exists("articles/brouillon/index.html")).isFalse();
        assertThat(site.build("--drafts").exitCode()).isZero();
        assertThat(site.exists("articles/brouillon/index.html")).isTrue();
    }
}
