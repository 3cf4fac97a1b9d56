package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An explicit 'status: open' after the deadline contradicts what the site shows. */
class StaleOpenOfferCheckTest {

    @TempDir
    Path dir;

    private static String offer(String name, String statusLine) {
        return "-- content/offers/" + name + ".md --\n---\ntitle: " + name + "\ndate: 2024-10-01\ntype: stage\n"
                + "deadline: 2024-11-15\n" + statusLine + "contact: stages@example.org\n---\nTexte.\n";
    }

    @Test
    void warnsOnlyWhenStatusOpenIsWrittenAndTheDeadlineHasPassed() {
        FixtureSite site = FixtureSite.create(dir, FixtureSite.SITE_YML
                + offer("ecrit-ouvert", "status: open\n")
                + offer("sans-statut", "")
                + offer("ferme", "status: closed\n"));

        FixtureSite.Run late = site.run("check", "--now", "2024-11-20");
        FixtureSite.Run onTime = site.run("check", "--now", "2024-11-15");

        assertThat(late.exitCode()).isZero();
        assertThat(late.errLines()).containsExactly(
                "content/offers/ecrit-ouvert.md:6: warning: 'status: open' but the deadline (2024-11-15) has passed,"
                        + " so the offer shows as closed; write status: closed or status: filled, or remove the line",
                "Checked 16 pages and 0 links: 1 warning.");
        assertThat(onTime.exitCode()).isZero();
        assertThat(onTime.err()).isEmpty();
        assertThat(onTime.out()).isEqualTo("Checked 16 pages and 0 links: no problems found.\n");
    }
}
