package org.colibri.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

class PageInjectorTest {

    private static String inject(String html, String snippet) {
        return new String(PageInjector.inject(html.getBytes(StandardCharsets.UTF_8), snippet), StandardCharsets.UTF_8);
    }

    @Test
    void addsTheSnippetBeforeTheLastClosingBody() {
        assertThat(inject("<html><body><p>é</p><pre>&lt;/body></pre></body></html>", "<s></s>"))
                .isEqualTo("<html><body><p>é</p><pre>&lt;/body></pre><s></s></body></html>");
        assertThat(inject("<BODY>x</BODY>", "<s></s>")).isEqualTo("<BODY>x<s></s></BODY>");
        assertThat(inject("<p>İ</p></Body>", "<s></s>")).isEqualTo("<p>İ</p><s></s></Body>");
    }

    @Test
    void appendsTheSnippetToAPageWithoutBody() {
        assertThat(inject("<p>fragment</p>", "<s></s>")).isEqualTo("<p>fragment</p><s></s>");
    }

    @Test
    void theSnippetLoadsTheScriptWithThePageAndVersion() {
        assertThat(PageInjector.snippet("articles/x/index.html", 7, ""))
                .isEqualTo("<script src=\"/__colibri/livereload.js\" data-page=\"articles/x/index.html\""
                        + " data-version=\"7\"></script>");
    }

    @Test
    void theOverlayShowsTheTerminalLinesEscaped() {
        Diagnostic error = Diagnostic.error(SourceLocation.of("content/articles/a.md", 3),
                "'date' is not a date (got \"<b>\"); write it as 2024-10-26");
        String overlay = ErrorOverlay.html(List.of(error));
        assertThat(overlay).startsWith("<div id=\"colibri-errors\" role=\"alert\"")
                .contains("Colibri: the site does not build (1 error). This is the last version that built;"
                        + " fix the file and save.")
                .contains("content/articles/a.md:3: error: &#39;date&#39; is not a date (got &quot;&lt;b&gt;&quot;);"
                        + " write it as 2024-10-26\n")
                .doesNotContain("<b>");
        assertThat(ErrorOverlay.html(List.of())).isEmpty();
    }

    @Test
    void eventDataIsOneLineOfJson() {
        // One line, and nothing that could close a <script> element if the data ever lands in one.
        assertThat(LiveReload.json("a\"b\\c\nd\u2028</script>"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\u2028\\u003c/script\\u003e\"");
    }
}
