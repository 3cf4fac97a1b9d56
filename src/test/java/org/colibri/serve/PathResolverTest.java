package org.colibri.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.output.OutputFile;
import org.colibri.output.SiteSnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathResolverTest {

    private static final SiteSnapshot SITE = SiteSnapshot.of(List.of(
            file("index.html"), file("404.html"), file("articles/index.html"), file("articles/x/index.html"),
            file("assets/style.css"), file("feed.xml"), file("images/é t.png")), new Diagnostics());

    private static OutputFile file(String path) {
        return OutputFile.rendered(path, new byte[] {1}, "test");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /                       | 200 | index.html        |
            /articles/              | 200 | articles/index.html |
            /articles/x/            | 200 | articles/x/index.html |
            /assets/style.css       | 200 | assets/style.css  |
            /images/%C3%A9%20t.png  | 200 | images/é t.png    |
            /articles/x             | 302 |                   | /articles/x/
            /articles               | 302 |                   | /articles/
            /articles/y/            | 404 |                   |
            /articles/x/index.htm   | 404 |                   |
            /feed.xml/              | 404 |                   |
            //feed.xml              | 404 |                   |
            """)
    void mapsPathsToSnapshotFiles(String raw, int status, String file, String location) {
        PathResolver.Resolution resolution = PathResolver.resolve(raw, null, SITE);
        assertThat(resolution.status()).isEqualTo(status);
        assertThat(resolution.file()).isEqualTo(file);
        assertThat(resolution.location()).isEqualTo(location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles/x", "/articles/x?page=2"})
    void keepsTheQueryOnRedirects(String raw) {
        int q = raw.indexOf('?');
        String query = q < 0 ? null : raw.substring(q + 1);
        String path = q < 0 ? raw : raw.substring(0, q);
        assertThat(PathResolver.resolve(path, query, SITE).location())
                .isEqualTo("/articles/x/" + (query == null ? "" : "?" + query));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../site.yml", "/..", "/articles/../../site.yml", "/./index.html", "/articles/..",
        "/%2e%2e/site.yml", "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/site.yml", "/%2e/index.html", "/articles%2findex.html",
        "/..%2fsite.yml", "/..%2Fsite.yml", "/a%5c..%5csite.yml", "/a%5C..%5Csite.yml", "/a\\..\\site.yml",
        "/index.html%00", "/%00", "/a%0d%0aSet-Cookie:x", "/a%7f", "/%c0%ae%c0%ae/site.yml", "/%ff", "/%", "/%2",
        "/%zz", "relative", "", "/caf\u00e9"})
    void refusesPathsThatCouldLeaveTheSite(String raw) {
        assertThat(PathResolver.resolve(raw, null, SITE).status()).as(raw).isEqualTo(400);
    }
}
