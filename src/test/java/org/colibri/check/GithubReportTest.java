package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

class GithubReportTest {

    @Test
    void escapesPercentAndLineBreaksInMessagesAndAlsoColonsAndCommasInProperties() {
        String out = GithubReport.render(List.of(
                Diagnostic.error(new SourceLocation("content/a,b:c%.md", 4, 2), "100 % sûr: a, b\r\nc")
                        .withRule("link"),
                Diagnostic.warning(SourceLocation.file("site.yml"), "x").withRule("tag-variant")), "site/");

        assertThat(out).isEqualTo("""
                ::error file=site/content/a%2Cb%3Ac%25.md,line=4,col=2,title=colibri link::100 %25 sûr: a, b%0D%0Ac
                ::warning file=site/site.yml,title=colibri tag-variant::x
                """);
    }
}
