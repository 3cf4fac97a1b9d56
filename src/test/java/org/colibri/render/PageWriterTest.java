package org.colibri.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Writing a page in pieces gives the bytes of the whole page encoded at once. */
class PageWriterTest {

    private static final String PAGE = "<p>L’équipe « Colibri » pour tou·tes 😀 — fin.</p>\n";

    @Test
    void everySplitOfThePageGivesTheSameBytes() {
        byte[] whole = PAGE.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= PAGE.length(); cut++) {
            for (int second = cut; second <= PAGE.length(); second++) {
                PageWriter out = new PageWriter();
                out.write(PAGE.substring(0, cut));
                out.write(PAGE.toCharArray(), cut, second - cut);
                out.append(PAGE.substring(second));
                assertThat(out.toBytes()).as("cut at %d and %d", cut, second).isEqualTo(whole);
            }
        }
    }

    @Test
    void anUnpairedSurrogateIsAQuestionMarkAsInStringGetBytes() {
        String broken = "fin \uD83D";
        PageWriter out = new PageWriter();
        out.write(broken);
        assertThat(out.toBytes()).isEqualTo(broken.getBytes(StandardCharsets.UTF_8));
        PageWriter middle = new PageWriter();
        middle.write("a\uD83D");
        middle.write("b");
        assertThat(middle.toBytes()).isEqualTo("a\uD83Db".getBytes(StandardCharsets.UTF_8));
    }
}
