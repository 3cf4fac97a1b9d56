package org.colibri.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.output.OutputFile;
import org.colibri.output.SiteSnapshot;
import org.colibri.testing.FixtureSite;
import org.colibri.yaml.DateParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds after each kind of change give exactly what a full build gives, while rendering only
 * the pages that show what changed.
 */
class IncrementalBuilderTest {

    @TempDir
    Path dir;

    FixtureSite site;
    IncrementalBuilder builder;

    @BeforeEach
    void buildOnce() throws IOException {
        site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/un.md --
                ---
                title: Un
                date: 2024-10-01
                tags: [Santé]
                ---
                Premier article, qui renvoie [au deuxième](deux.md).
                -- content/articles/deux.md --
                ---
                title: Deux
                date: 2024-10-02
                tags: [Santé, Togo]
                ---
                Deuxième article.
                -- content/articles/trois.md --
                ---
                title: Trois
                date: 2024-09-03
                tags: [Togo]
                ---
                Troisième article.
                -- content/articles/quatre.md --
                ---
                title: Quatre
                date: 2023-05-04
                ---
                Quatrième article, d'une autre année.
                -- content/pages/a-propos.md --
                ---
                title: À propos
                ---
                Qui sommes-nous ?
                """);
        builder = new IncrementalBuilder(options());
        BuildResult first = builder.build(SourceChanges.everything());
        assertThat(first.failed()).as(first.diagnostics().toString()).isFalse();
    }

    private BuildOptions options() {
        return new BuildOptions(dir, dir.resolve("public"), DateParser.parse("2024-11-20").orElseThrow(), true, false,
                null, null);
    }

    /** Rebuilds after {@code changed} and checks the result against a full build. */
    private BuildResult rebuild(String... changed) throws IOException {
        BuildResult incremental = builder.build(SourceChanges.of(Set.of(changed)));
        BuildResult full = BuildPipeline.run(options());
        assertThat(incremental.diagnostics()).isEqualTo(full.diagnostics());
        assertThat(incremental.failed()).isEqualTo(full.failed());
        if (!full.failed()) {
            assertThat(files(incremental.snapshot())).isEqualTo(files(full.snapshot()));
        }
        return incremental;
    }

    private static Map<String, String> files(SiteSnapshot snapshot) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (OutputFile file : snapshot.files()) {
            files.put(file.path(), new String(file.content(), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String page(BuildResult result, String path) throws IOException {
        return new String(result.snapshot().get(path).orElseThrow().content(), StandardCharsets.UTF_8);
    }

    @Test
    void rendersOnlyThePagesThatShowAnEditedBody() throws IOException {
        site.write("""
                -- content/articles/quatre.md --
                ---
                title: Quatre
                date: 2023-05-04
                ---
                Quatrième article, corrigé.
                """);
        BuildResult result = rebuild("content/articles/quatre.md");
        assertThat(page(result, "articles/quatre/index.html")).contains("corrigé");
        // its page, the newer article's "previous" link does not change, the lists showing its summary do:
        // articles list, 2023 and 2023-05 archives, the home page and the 404 page (latest articles)
        assertThat(builder.pagesRendered()).isBetween(1, 7);
    }

    @Test
    void aRenamedTitleReachesListsAndNeighbours() throws IOException {
        site.write("""
                -- content/articles/deux.md --
                ---
                title: Deux, nouveau titre
                date: 2024-10-02
                tags: [Santé, Togo]
                ---
                Deuxième article.
                """);
        BuildResult result = rebuild("content/articles/deux.md");
        assertThat(page(result, "tags/togo/index.html")).contains("Deux, nouveau titre");
        assertThat(page(result, "articles/un/index.html")).contains("Deux, nouveau titre");
    }

    @Test
    void aDeletedArticleLeavesItsTagAndArchivePagesAndLinksToItBreak() throws IOException {
        site.delete("content/articles/trois.md");
        BuildResult result = rebuild("content/articles/trois.md");
        assertThat(result.snapshot().get("articles/trois/index.html")).isEmpty();
        assertThat(page(result, "tags/togo/index.html")).doesNotContain("Trois");
        assertThat(result.snapshot().get("archives/2024/09/index.html")).isEmpty();

        site.delete("content/articles/deux.md");
        BuildResult broken = rebuild("content/articles/deux.md");
        assertThat(broken.failed()).isTrue();
        assertThat(broken.diagnostics()).extracting(Diagnostic::format).contains(
                "content/articles/un.md:6: error: link to a missing page 'deux.md' (looked for content/articles/deux.md);"
                        + " check the file name, the path is relative to this file");
    }

    @Test
    void anAddedArticleAppearsAndALinkToItResolves() throws IOException {
        site.write("""
                -- content/articles/cinq.md --
                ---
                title: Cinq
                date: 2024-11-05
                tags: [Nouveau]
                ---
                Voir [le premier](un.md).
                """);
        BuildResult result = rebuild("content/articles/cinq.md");
        assertThat(page(result, "tags/nouveau/index.html")).contains("Cinq");
        assertThat(page(result, "articles/cinq/index.html")).contains("href=\"/articles/un/\"");
    }

    @Test
    void aBrokenSaveFailsAndItsFixBuildsAgain() throws IOException {
        site.write("""
                -- content/articles/un.md --
                ---
                title: Un
                date: pas une date
                ---
                Texte.
                """);
        BuildResult broken = rebuild("content/articles/un.md");
        assertThat(broken.failed()).isTrue();
        site.write("""
                -- content/articles/un.md --
                ---
                title: Un, réparé
                date: 2024-10-01
                ---
                Texte.
                """);
        BuildResult fixed = rebuild("content/articles/un.md");
        assertThat(fixed.failed()).isFalse();
        assertThat(page(fixed, "articles/un/index.html")).contains("Un, réparé");
    }

    @Test
    void aTemplateChangeRendersEveryPageAgain() throws IOException {
        site.write("""
                -- templates/page.ftlh --
                <#import "base.ftlh" as b>
                <@b.layout><p class="mine">${page.title}</p></@b.layout>
                """);
        BuildResult result = rebuild("templates/page.ftlh");
        assertThat(page(result, "a-propos/index.html")).contains("<p class=\"mine\">À propos</p>");
        assertThat(builder.pagesRendered()).isGreaterThan(10);
    }

    @Test
    void aTemplateErrorIsReportedOnEveryRebuildUntilFixed() throws IOException {
        site.write("""
                -- templates/page.ftlh --
                <#import "base.ftlh" as b>
                <@b.layout>${page.nothing}</@b.layout>
                """);
        assertThat(rebuild("templates/page.ftlh").failed()).isTrue();
        site.write("""
                -- content/articles/un.md --
                ---
                title: Un, encore
                date: 2024-10-01
                ---
                Texte.
                """);
        assertThat(rebuild("content/articles/un.md").failed()).isTrue();
    }

    @Test
    void publishingALinkedDraftRendersTheLinkingPageAgain() throws IOException {
        builder = new IncrementalBuilder(options().withDrafts(false));
        site.write("""
                -- content/articles/cinq.md --
                ---
                title: Cinq
                date: 2024-11-05
                draft: true
                ---
                Bientôt.
                -- content/articles/un.md --
                ---
                title: Un
                date: 2024-10-01
                tags: [Santé]
                ---
                Premier article, qui renvoie [au cinquième](cinq.md).
                """);
        BuildResult draft = builder.build(SourceChanges.everything());
        assertThat(draft.diagnostics()).extracting(Diagnostic::format).contains("content/articles/un.md:6: warning:"
                + " link to 'cinq.md', which is not published (draft or future); publish it or remove the link");
        site.write("""
                -- content/articles/cinq.md --
                ---
                title: Cinq
                date: 2024-11-05
                ---
                Publié.
                """);
        BuildResult published = builder.build(SourceChanges.of(Set.of("content/articles/cinq.md")));
        BuildResult full = BuildPipeline.run(options().withDrafts(false));
        assertThat(published.diagnostics()).isEqualTo(full.diagnostics()).isEmpty();
        assertThat(files(published.snapshot())).isEqualTo(files(full.snapshot()));
    }

    @Test
    void aBundleImageIsCopiedBesideItsPage() throws IOException {
        site.write("""
                -- content/articles/six/index.md --
                ---
                title: Six
                date: 2024-11-06
                image: photo.svg
                imageAlt: Une photo
                ---
                ![Une photo](photo.svg)
                -- content/articles/six/photo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        BuildResult result = rebuild("content/articles/six", "content/articles/six/index.md",
                "content/articles/six/photo.svg");
        assertThat(result.snapshot().get("articles/six/photo.svg")).isPresent();
        site.delete("content/articles/six/photo.svg");
        assertThat(rebuild("content/articles/six/photo.svg").failed()).isTrue();
    }

    @Test
    void aSettingsChangeStartsAgainFromScratch() throws IOException {
        site.write(FixtureSite.SITE_YML.replace("Site de test", "Autre titre"));
        BuildResult result = rebuild("site.yml");
        assertThat(page(result, "index.html")).contains("Autre titre");
    }
}
