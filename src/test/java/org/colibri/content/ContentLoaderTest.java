package org.colibri.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.colibri.config.SiteConfig;
import org.colibri.config.SiteConfigLoader;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path dir;

    /**
     * Files are parsed in parallel into one collector: an error in one file must not make another,
     * good file look broken (it then vanished from the site, and check saw links to it as broken).
     */
    @Test
    void keepsEveryGoodFileWhileOtherFilesReportErrorsInParallel() throws Exception {
        StringBuilder spec = new StringBuilder(FixtureSite.SITE_YML);
        for (int i = 0; i < 200; i++) {
            spec.append("-- content/articles/bon-").append(i).append(".md --\n---\ntitle: Bon\ndate: 2024-10-01\n---\n")
                    .append("Texte.\n".repeat(50));
            spec.append("-- content/articles/mauvais-").append(i).append(".md --\n---\ntitle: Mauvais\n---\nTexte.\n");
        }
        FixtureSite.create(dir, spec.toString());
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteConfig> config = SiteConfigLoader.load(dir, diagnostics);

        for (int run = 0; run < 5; run++) {
            Content content = ContentLoader.load(dir, config.orElseThrow(), new Diagnostics());
            assertThat(content.items()).hasSize(200);
        }
    }

    @Test
    void skipsDotFilesAndDotFoldersAndKeepsPathOrder() throws Exception {
        FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/b.md --
                ---
                title: B
                date: 2024-10-02
                ---
                B.
                -- content/articles/a.md --
                ---
                title: A
                date: 2024-10-01
                ---
                A.
                -- content/articles/.brouillon.md --
                ---
                title: Caché
                ---
                -- content/.git/notes.md --
                pas du contenu
                -- content/images/.DS_Store --
                x
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = SiteConfigLoader.load(dir, diagnostics).orElseThrow();
        Content content = ContentLoader.load(dir, config, diagnostics);
        assertThat(content.items()).extracting(Item::sourcePath)
                .containsExactly("content/articles/a.md", "content/articles/b.md");
        assertThat(content.files()).extracting(StaticFile::path).containsExactly("content/images/logo.svg");
        assertThat(diagnostics.sorted()).isEmpty();
    }
}
