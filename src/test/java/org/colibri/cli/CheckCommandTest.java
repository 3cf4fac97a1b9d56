package org.colibri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code colibri check}: report formats, exit codes, and that it never writes the site. */
class CheckCommandTest {

    @TempDir
    Path dir;

    FixtureSite site;

    static final String SITE = FixtureSite.SITE_YML + """
            -- content/articles/bonjour.md --
            ---
            title: Bonjour
            date: 2024-10-01
            tags: [Santé]
            ---
            Un [lien, "cassé"](/articles/perdu/) : 100 % sûr.
            -- content/articles/autre.md --
            ---
            title: Autre
            date: 2024-10-02
            tags: [santé]
            summary: Un autre article, bien décrit par ce résumé assez long pour passer.
            ---
            Texte.
            """;

    static final String LINK_ERROR = "content/articles/bonjour.md:6:20: error: link to '/articles/perdu/' leads to no"
            + " page of the site; fix the address or remove the link";
    static final String SUMMARY_WARNING = "content/articles/bonjour.md:1: warning: article without 'summary', and its"
            + " first paragraph (\"Un lien, cassé : 100 % sûr.\") is too short to describe it; add summary:"
            + " \"…\" with one or two sentences for lists, search engines and social networks";
    // A tie: the spelling of the oldest article is shown.
    static final String TAG_WARNING = "content/articles/autre.md:4: warning: tag \"santé\" is written \"Santé\" in"
            + " content/articles/bonjour.md; they are one tag, so write it \"Santé\" everywhere";

    @BeforeEach
    void createSite() {
        site = FixtureSite.create(dir, SITE);
    }

    private FixtureSite.Run check(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--now", "2024-11-20"));
        args.addAll(List.of(extra));
        return site.run(args.toArray(String[]::new));
    }

    @Test
    void printsFindingsLikeBuildAndFailsOnErrors() {
        FixtureSite.Run run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(TAG_WARNING, SUMMARY_WARNING, LINK_ERROR,
                "Checked 16 pages and 1 link: 1 error and 2 warnings; fix them before publishing.");
        assertThat(run.out()).isEmpty();
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void passesWithWarningsUnlessStrict() {
        site.write("""
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                tags: [Santé]
                ---
                Un lien réparé : [l'autre article](autre.md).
                """);

        FixtureSite.Run lenient = check();
        FixtureSite.Run strict = check("--strict");

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.errLines()).last().isEqualTo("Checked 16 pages and 1 link: 2 warnings.");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.errLines()).last().isEqualTo("Checked 16 pages and 1 link: 2 warnings"
                + " (--strict makes warnings fail); fix them before publishing.");
    }

    @Test
    void reportsBuildErrorsAndLinkProblemsInOneRun() {
        site.write("""
                -- content/offers/stage.md --
                ---
                title: Stage
                date: 2024-10-01
                type: stagiaire
                ---
                Texte.
                """);

        FixtureSite.Run run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).contains(LINK_ERROR, "content/offers/stage.md:4: error: unknown offer type"
                + " \"stagiaire\"; use one of: emploi, stage, appel-d-offres, volontariat, service-civique");
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void reportsABrokenSiteYmlAlone() {
        site.write("""
                -- site.yml --
                title: [
                """);

        FixtureSite.Run run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("site.yml:");
        assertThat(run.errLines()).last().isEqualTo("Checked 0 pages and 0 links: 1 error; fix them before publishing.");
    }

    @Test
    void printsAJsonArrayOnStandardOutput() throws Exception {
        FixtureSite.Run run = check("--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        List<Map<String, Object>> findings = new ObjectMapper().readValue(run.out(), new TypeReference<>() {
        });
        assertThat(findings).hasSize(3);
        assertThat(findings.get(2)).containsExactly(Map.entry("path", "content/articles/bonjour.md"),
                Map.entry("line", 6), Map.entry("column", 20), Map.entry("severity", "error"),
                Map.entry("rule", "link"), Map.entry("message", LINK_ERROR.substring(LINK_ERROR.indexOf("link to"))));
        assertThat(findings.get(1)).containsEntry("column", null).containsEntry("rule", "summary")
                .containsEntry("message", SUMMARY_WARNING.substring(SUMMARY_WARNING.indexOf("article without")));
        assertThat(findings.get(0)).containsEntry("rule", "tag-variant").containsEntry("severity", "warning");
        assertThat(run.errLines()).containsExactly(
                "Checked 16 pages and 1 link: 1 error and 2 warnings; fix them before publishing.");
    }

    @Test
    void printsAnEmptyJsonArrayForACleanSite() throws Exception {
        site.write("""
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                tags: [santé]
                summary: Un premier article, bien décrit par ce résumé assez long pour passer.
                ---
                Texte.
                """);

        FixtureSite.Run run = check("--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("[]\n");
        assertThat(run.err()).isEqualTo("Checked 16 pages and 0 links: no problems found.\n");
    }

    @Test
    void printsGithubAnnotationsWithEscapedMessages() {
        FixtureSite.Run run = check("--format", "github");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "::warning file=content/articles/autre.md,line=4,title=colibri tag-variant::tag \"santé\" is"
                        + " written \"Santé\" in content/articles/bonjour.md; they are one tag, so write it \"Santé\""
                        + " everywhere",
                "::warning file=content/articles/bonjour.md,line=1,title=colibri summary::article without"
                        + " 'summary', and its first paragraph (\"Un lien, cassé : 100 %25 sûr.\") is too short"
                        + " to describe it; add summary: \"…\" with one or two sentences for lists, search engines"
                        + " and social networks",
                "::error file=content/articles/bonjour.md,line=6,col=20,title=colibri link::link to"
                        + " '/articles/perdu/' leads to no page of the site; fix the address or remove the link");
    }

    @Test
    void namesFilesFromTheRepositoryRootInGithubAnnotations() {
        FixtureSite.Run run = site.runWith(Map.of("GITHUB_WORKSPACE", dir.getParent().toString()),
                "check", "--now", "2024-11-20", "--format", "github");

        assertThat(run.out()).contains("::error file=" + dir.getFileName() + "/content/articles/bonjour.md,line=6,");
    }

    @Test
    void rejectsAnUnknownFormat() {
        FixtureSite.Run run = check("--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().asString().startsWith("colibri: Invalid value for option '--format'");
    }
}
