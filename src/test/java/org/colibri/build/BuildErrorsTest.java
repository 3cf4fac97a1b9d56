package org.colibri.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error a build reports: the exact line, exit code 1, and the previous output left exactly
 * as it was.
 */
class BuildErrorsTest {

    @TempDir
    Path dir;

    FixtureSite site;
    Map<String, String> before;

    @BeforeEach
    void buildAGoodSiteFirst() {
        site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                ---
                Premier article.
                """);
        assertThat(site.build().exitCode()).isZero();
        before = FixtureSite.tree(site.output());
    }

    private void assertFails(String... expectedLines) {
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).contains(expectedLines);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.errLines()).last().asString().endsWith("public/ was left unchanged.");
        assertThat(FixtureSite.tree(site.output())).isEqualTo(before);
    }

    /** Like {@link #assertFails} and nothing else is reported: one problem, one line. */
    private void assertFailsExactly(String expectedLine) {
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(expectedLine, "Build failed with 1 error; public/ was left unchanged.");
        assertThat(FixtureSite.tree(site.output())).isEqualTo(before);
    }

    @Test
    void reportsUnreadableYamlAtItsLineAndColumn() {
        site.write("""
                -- content/articles/casse.md --
                ---
                title: Titre
                date: 2024-10-02
                tags: [a, b
                ---
                Texte.
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern(
                "content/articles/casse\\.md:[56]:\\d+: error: invalid YAML: .*; check the indentation");
        assertThat(FixtureSite.tree(site.output())).isEqualTo(before);
    }

    @Test
    void reportsMissingTitleAtTheOpeningLine() {
        site.write("""
                -- content/articles/sans-titre.md --
                ---
                date: 2024-10-02
                ---
                Texte.
                """);
        assertFails("content/articles/sans-titre.md:1: error: missing required field 'title';"
                + " add a line like title: \"Titre de la page\"");
    }

    @Test
    void reportsMissingDate() {
        site.write("""
                -- content/articles/sans-date.md --
                ---
                title: Sans date
                ---
                Texte.
                """);
        assertFails("content/articles/sans-date.md:1: error: missing required field 'date';"
                + " add a line like date: 2024-10-26");
    }

    @Test
    void reportsMalformedDateAtItsLine() {
        site.write("""
                -- content/offers/stage-lome.md --
                ---
                title: Stage à Lomé
                type: stage
                date: fin mai
                ---
                Texte.
                """);
        assertFails("content/offers/stage-lome.md:4: error: 'date' is not a date (got \"fin mai\");"
                + " write it as 2024-10-26 or 2024-10-26T09:30:00+02:00");
    }

    @Test
    void reportsImpossibleDateInsteadOfRollingOver() {
        site.write("""
                -- content/articles/fevrier.md --
                ---
                title: Février
                date: 2024-02-30
                ---
                Texte.
                """);
        assertFails("content/articles/fevrier.md:3: error: 'date' is not a real day (got \"2024-02-30\");"
                + " check the month and day, written YYYY-MM-DD");
    }

    @Test
    void reportsUnknownOfferTypeWithTheKnownOnes() {
        site.write("""
                -- content/offers/x.md --
                ---
                title: Offre
                date: 2024-10-02
                type: stagee
                ---
                Texte.
                """);
        assertFails("content/offers/x.md:4: error: unknown offer type \"stagee\"; did you mean 'stage'?"
                + " use one of: emploi, stage, appel-d-offres, volontariat, service-civique");
    }

    @Test
    void reportsMissingOfferType() {
        site.write("""
                -- content/offers/x.md --
                ---
                title: Offre
                date: 2024-10-02
                ---
                Texte.
                """);
        assertFails("content/offers/x.md:1: error: missing required field 'type'; add a line like type: stage"
                + " (one of emploi, stage, appel-d-offres, volontariat, service-civique)");
    }

    @Test
    void reportsUnknownOfferStatus() {
        site.write("""
                -- content/offers/x.md --
                ---
                title: Offre
                date: 2024-10-02
                type: emploi
                status: pourvue
                ---
                Texte.
                """);
        assertFails("content/offers/x.md:5: error: unknown offer status \"pourvue\"; use one of: open, filled, closed");
    }

    @Test
    void reportsDeadlineBeforeDate() {
        site.write("""
                -- content/offers/x.md --
                ---
                title: Offre
                date: 2024-10-02
                type: emploi
                deadline: 2024-09-30
                ---
                Texte.
                """);
        assertFails("content/offers/x.md:5: error: 'deadline' (2024-09-30) is before the offer's 'date'"
                + " (2024-10-02); fix one of the two dates");
    }

    @Test
    void reportsTagsThatAreNotTextOrList() {
        site.write("""
                -- content/articles/tags.md --
                ---
                title: Tags
                date: 2024-10-02
                tags:
                  santé: oui
                ---
                Texte.
                """);
        assertFails("content/articles/tags.md:4: error: 'tags' must be text or a list of texts, got a group of"
                + " fields; write tags: [first, second]");
    }

    @Test
    void reportsAMissingImageInFrontMatterAndInTheBody() {
        site.write("""
                -- content/articles/images.md --
                ---
                title: Images
                date: 2024-10-02
                image: affiche.jpg
                ---
                Texte.

                ![Une photo](photos/absente.png)
                """);
        assertFails("content/articles/images.md:4: error: image not found: 'affiche.jpg' (looked for"
                        + " content/articles/affiche.jpg); check the file name, the path is relative to this file",
                "content/articles/images.md:8: error: image not found: 'photos/absente.png' (looked for"
                        + " content/articles/photos/absente.png); check the file name, the path is relative to this file");
    }

    @Test
    void reportsALinkToAMissingMarkdownFile() {
        site.write("""
                -- content/articles/liens.md --
                ---
                title: Liens
                date: 2024-10-02
                ---
                Voir [l'autre](autre.md).
                """);
        assertFails("content/articles/liens.md:5: error: link to a missing page 'autre.md' (looked for"
                + " content/articles/autre.md); check the file name, the path is relative to this file");
    }

    @Test
    void reportsADuplicateUrlInBothFiles() {
        site.write("""
                -- content/articles/2024/bonjour.md --
                ---
                title: Bonjour encore
                date: 2024-10-03
                ---
                Texte.
                """);
        assertFails(
                "content/articles/2024/bonjour.md:1: error: URL /articles/bonjour/ is also the URL of"
                        + " content/articles/bonjour.md; give one of them another 'slug' or file name",
                "content/articles/bonjour.md:1: error: URL /articles/bonjour/ is also the URL of"
                        + " content/articles/2024/bonjour.md; give one of them another 'slug' or file name");
    }

    @Test
    void reportsAnUnknownLayoutAtItsLine() {
        site.write("""
                -- content/articles/special.md --
                ---
                title: Spécial
                date: 2024-10-02
                layout: evenement
                ---
                Texte.
                """);
        assertFailsExactly("content/articles/special.md:4: error: unknown layout 'evenement': there is no"
                + " templates/evenement.ftlh in the site nor in the packaged theme; create it or fix the name");
    }

    @Test
    void reportsAnIncludeOfAMissingTemplateAtTheIncludingLine() {
        site.write("""
                -- templates/page.ftlh --
                <html><body>
                <#include "absent.ftlh">
                </body></html>
                -- content/pages/a-propos.md --
                ---
                title: À propos
                ---
                Texte.
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("templates/page\\.ftlh:2:1: error: template error while rendering"
                + " content/pages/a-propos\\.md: .*absent\\.ftlh.*; fix the expression at this place");
        assertThat(FixtureSite.tree(site.output())).isEqualTo(before);
    }

    @Test
    void reportsATemplateErrorWithTheTemplatePathAndLine() {
        site.write("""
                -- templates/article.ftlh --
                <html><body>
                <h1>${page.title}</h1>
                <p>${page.sousTitre}</p>
                </body></html>
                """);
        assertFails("templates/article.ftlh:3:6: error: template error while rendering content/articles/bonjour.md:"
                + " the following has evaluated to null or missing: page.sousTitre;"
                + " give it a default (value!\"\") or test it with ?? before use");
    }

    @Test
    void reportsATemplateSyntaxError() {
        site.write("""
                -- templates/article.ftlh --
                <html><body>
                <#if page.title>
                </body></html>
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("templates/article\\.ftlh:\\d+:\\d+: error: template syntax error: .*");
        assertThat(FixtureSite.tree(site.output())).isEqualTo(before);
    }

    @Test
    void reportsASyntaxErrorOfTheBaseTemplateOnceAtItsOwnLine() {
        site.write("""
                -- templates/base.ftlh --
                <#macro page title>
                <html><head><title>${title}</title></head>
                <body><#if ></#if><#nested></body></html>
                </#macro>
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("(?m)^templates/base\\.ftlh:3:\\d+: error: template syntax error: ")
                .doesNotContain("earlier attempt");
        assertThat(run.err().lines().filter(line -> line.contains(": error: "))).hasSize(1);
        assertThat(FixtureSite.tree(site.output())).isEqualTo(before);
    }

    @Test
    void reportsSiteYmlErrorsWithDidYouMean() {
        site.write("""
                -- site.yml --
                titel: "Site"
                baseUrl: "pas une url"
                pageSize: zéro
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsSubsequence(
                "site.yml:1: error: missing required field 'title'; add a line like title: \"Mon site\"",
                "site.yml:1: warning: unknown key 'titel'; did you mean 'title'?",
                "site.yml:2: error: 'baseUrl' must be an absolute http(s) URL (got \"pas une url\"); write it like"
                        + " https://example.org/ or https://example.org/site/",
                "site.yml:3: error: 'pageSize' must be a whole number above 0 (got \"zéro\")");
        assertThat(FixtureSite.tree(site.output())).isEqualTo(before);
    }

    @Test
    void reportsAMissingSiteYml() {
        site.delete("site.yml");
        assertFails("site.yml: error: the site settings file is missing; create site.yml with at least 'title'"
                + " and 'baseUrl' (or pass --source to the site's folder)");
    }

    @Test
    void reportsAFileWithoutFrontMatter() {
        site.write("""
                -- content/articles/brut.md --
                # Juste du Markdown
                """);
        assertFails("content/articles/brut.md:1: error: missing front matter; start the file with a line '---',"
                + " then fields such as 'title: …' and 'date: 2024-10-26', then a closing '---'");
    }

    @Test
    void reportsAnUnclosedFrontMatter() {
        site.write("""
                -- content/articles/ouvert.md --
                ---
                title: Ouvert
                date: 2024-10-02
                """);
        assertFails("content/articles/ouvert.md:1: error: the front matter is not closed; add a line '---'"
                + " after its last field");
    }

    @Test
    void reportsADuplicateKey() {
        site.write("""
                -- content/articles/double.md --
                ---
                title: Un
                date: 2024-10-02
                title: Deux
                ---
                Texte.
                """);
        assertFails("content/articles/double.md:4: error: duplicate key 'title' (first set at line 2); keep only one");
    }

    @Test
    void reportsANonUtf8File() {
        site.writeBytes("content/articles/latin1.md",
                "---\ntitle: \u00e9t\u00e9\ndate: 2024-10-02\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertFails("content/articles/latin1.md: error: the file is not UTF-8 text; save it as UTF-8 in your editor");
    }

    @Test
    void acceptsAReplacementCharacterWrittenOnPurpose() {
        site.write("""
                -- content/articles/remplacement.md --
                ---
                title: Caractère \uFFFD de remplacement
                date: 2024-10-02
                ---
                Le signe \uFFFD apparaît quand un texte a été mal décodé.
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.read("articles/remplacement/index.html")).contains("Le signe \uFFFD apparaît");
    }

    @Test
    void reportsEveryErrorOfTheBuildSortedByPathAndLine() {
        site.write("""
                -- content/articles/b.md --
                ---
                date: 2024-13-01
                ---
                -- content/articles/a.md --
                ---
                title: A
                date: 2024-10-02
                draft: peut-être
                ---
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsSubsequence(
                "content/articles/a.md:4: error: 'draft' must be true or false (got \"peut-être\")",
                "content/articles/b.md:1: error: missing required field 'title'; add a line like title: \"Titre de la page\"",
                "content/articles/b.md:2: error: 'date' is not a real day (got \"2024-13-01\"); check the month and"
                        + " day, written YYYY-MM-DD");
        assertThat(run.err()).contains("Build failed with 3 errors");
    }

    @Test
    void warnsAboutAKeyThatLooksLikeATypoButKeepsOtherKeys() {
        site.write("""
                -- content/offers/x.md --
                ---
                title: Offre
                date: 2024-10-02
                type: stage
                dealine: 2024-11-30
                budget: 45000
                ---
                Texte.
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "content/offers/x.md:5: warning: unknown key 'dealine'; did you mean 'deadline'?");
    }

    @Test
    void neverPublishesASymbolicLinkToAFileOutsideTheSite(@org.junit.jupiter.api.io.TempDir Path elsewhere)
            throws java.io.IOException {
        Path secret = java.nio.file.Files.writeString(elsewhere.resolve("secret.txt"), "mot de passe");
        java.nio.file.Files.createDirectories(dir.resolve("content/images"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/images/lien.txt"), secret);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("content/images/lien.txt: warning: symbolic link to a file"
                + " outside the site is not published; copy the file into content/ instead");
        assertThat(site.exists("images/lien.txt")).isFalse();
    }

    @Test
    void warnsAboutMarkdownFilesOutsideTheKnownFolders() {
        site.write("""
                -- content/brouillons/idee.md --
                ---
                title: Idée
                ---
                """);
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("content/brouillons/idee.md: warning: Markdown file outside"
                + " content/articles, content/offers and content/pages is not published; move it into one of them");
    }
}
