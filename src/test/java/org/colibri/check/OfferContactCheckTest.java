package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open offers must say where to apply. */
class OfferContactCheckTest {

    @TempDir
    Path dir;

    @Test
    void warnsAboutOpenOffersWithoutContactOnly() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/offers/sans-contact.md --
                ---
                title: Stage sans contact
                date: 2024-10-01
                type: stage
                ---
                Texte.
                -- content/offers/pourvue.md --
                ---
                title: Stage pourvu
                date: 2024-10-01
                type: stage
                status: filled
                ---
                Texte.
                -- content/offers/avec-contact.md --
                ---
                title: Stage avec contact
                date: 2024-10-01
                type: stage
                contact: stages@example.org
                ---
                Texte.
                """);

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "content/offers/sans-contact.md:1: warning: open offer without 'contact'; add contact: with the"
                        + " e-mail address or web page where candidates apply",
                "Checked 16 pages and 0 links: 1 warning.");
    }
}
