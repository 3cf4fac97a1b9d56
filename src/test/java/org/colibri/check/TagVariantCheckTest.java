package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One tag written several ways: each file with a minority spelling is named, with where the shown one is used. */
class TagVariantCheckTest {

    @TempDir
    Path dir;

    private static String article(String name, String date, String tags) {
        return "-- content/articles/" + name + ".md --\n---\ntitle: " + name + "\ndate: " + date + "\ntags: " + tags
                + "\nsummary: Un article pour tester les thèmes écrits de plusieurs façons.\n---\nTexte.\n";
    }

    @Test
    void warnsAboutTagsThatDifferOnlyInCaseOrAccents() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML
                + article("a", "2024-10-01", "[Santé, Togo]")
                + article("b", "2024-10-02", "[Santé]")
                + article("c", "2024-10-03", "[santé, togo]")
                + article("d", "2024-10-04", "[Sante]")
                + article("e", "2024-10-05", "[Togo]"));

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "content/articles/c.md:4: warning: tag \"santé\" is written \"Santé\" in content/articles/a.md,"
                        + " content/articles/b.md; they are one tag, so write it \"Santé\" everywhere",
                "content/articles/c.md:4: warning: tag \"togo\" is written \"Togo\" in content/articles/a.md,"
                        + " content/articles/e.md; they are one tag, so write it \"Togo\" everywhere",
                "content/articles/d.md:4: warning: tag \"Sante\" is written \"Santé\" in content/articles/a.md,"
                        + " content/articles/b.md; they are one tag, so write it \"Santé\" everywhere",
                "Checked 24 pages and 0 links: 3 warnings.");
    }
}
