package org.colibri.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.colibri.build.BuildOptions;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.testing.FixtureSite;
import org.colibri.yaml.DateParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real server on a free port, serving a fixture site while the test edits it. */
class PreviewServerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @TempDir
    Path outside;

    FixtureSite site;
    PreviewServer server;
    final BlockingQueue<BuildEvent> builds = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "top secret\n");
        site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/octobre-rose.md --
                ---
                title: Octobre rose
                date: 2024-10-26
                tags: [Santé]
                ---
                La campagne a réuni petits et grands.
                -- content/articles/semaine-solidaire.md --
                ---
                title: Semaine solidaire
                date: 2024-11-02
                tags: [Santé, Togo]
                ---
                Une semaine d'actions.
                -- content/articles/brouillon.md --
                ---
                title: Article en préparation
                date: 2024-11-05
                draft: true
                ---
                Pas encore publié.
                -- content/pages/a-propos.md --
                ---
                title: À propos
                ---
                Qui sommes-nous ?
                -- content/images/carte.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        Files.createSymbolicLink(dir.resolve("content/images/secret.txt"), outside.resolve("secret.txt"));
        BuildOptions build = new BuildOptions(dir, dir.resolve("public"),
                DateParser.parse("2024-11-20").orElseThrow(), true, false, null, null);
        server = PreviewServer.start(new ServeOptions(build,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), new ServeListener() {
                    @Override
                    public void listening(URI url) {
                    }

                    @Override
                    public void built(BuildEvent event) {
                        builds.add(event);
                    }

                    @Override
                    public void crashed(Exception error) {
                        throw new AssertionError(error);
                    }
                });
        assertThat(next().result().failed()).isFalse();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        Files.deleteIfExists(dir.resolve("content/images/secret.txt")); // JUnit warns about links leaving @TempDir
    }

    private BuildEvent next() {
        try {
            BuildEvent event = builds.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(event).as("a build within " + PATIENCE).isNotNull();
            return event;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs {@code path} until {@code test} holds or {@code limit} passes; returns the last response. */
    private HttpResponse<String> await(String path, Duration limit, Predicate<HttpResponse<String>> test)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> response = get(path);
        while (!test.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            response = get(path);
        }
        return response;
    }

    /** Sends a request line as is, without the client normalizing it, and returns the status line. */
    private String raw(String target) throws IOException {
        return raw(target, "localhost");
    }

    private String raw(String target, String host) throws IOException {
        try (Socket socket = new Socket(server.url().getHost(), server.url().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).doesNotContain("top secret").doesNotContain("title: \"Site de test\"");
            return response.lines().findFirst().orElse("");
        }
    }

    @Test
    void servesPagesWithTheirContentTypesAndTheLiveReloadScript() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("Octobre rose")
                .contains("<script src=\"/__colibri/livereload.js\" data-page=\"index.html\"");
        assertThat(get("/articles/octobre-rose/").body()).contains("<h1>Octobre rose");
        assertThat(get("/assets/style.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(get("/robots.txt").headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get("/images/carte.svg").headers().firstValue("Content-Type"))
                .hasValue("image/svg+xml; charset=utf-8");
        HttpResponse<String> script = get("/__colibri/livereload.js");
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource('/__colibri/events')");
    }

    @Test
    void showsDraftsWithTheirMark() throws Exception {
        assertThat(get("/articles/brouillon/").body()).contains("Article en préparation")
                .contains("<span class=\"badge badge-draft\">Brouillon</span>");
    }

    @Test
    void answersUnchangedFilesWith304AndHeadWithoutBody() throws Exception {
        HttpResponse<String> first = get("/articles/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/articles/", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/articles/", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        String cssTag = get("/assets/style.css").headers().firstValue("ETag").orElseThrow();
        assertThat(get("/assets/style.css", "If-None-Match", cssTag).statusCode()).isEqualTo(304);

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(server.url().resolve("/articles/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.url().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void redirectsFolderUrlsWithoutSlashAndAnswersMissingPagesWithThe404Page() throws Exception {
        HttpResponse<String> redirect = get("/articles/octobre-rose");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/articles/octobre-rose/");

        HttpResponse<String> missing = get("/articles/nulle-part/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        // the site's own 404.html, which reloads after any rebuild (the page may exist by then)
        assertThat(missing.body()).contains("<body class=\"page-404\">").contains("<h1>Page introuvable</h1>")
                .contains("data-page=\"*\"");
    }

    private void buildToPublic() {
        FixtureSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../site.yml", "/articles/../../site.yml", "/%2e%2e/site.yml", "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fsite.yml", "/articles/..%2F..%2Fsite.yml", "/a%5c..%5c..%5csite.yml", "/a\\..\\site.yml",
        "/index.html%00", "/%c0%ae%c0%ae/site.yml", "/images/secret.txt", "/images/%2e%2e/secret.txt",
        "//etc/passwd", "/../../../../../../etc/passwd"})
    void neverServesAnythingOutsideTheSite(String target) throws IOException {
        String status = raw(target);
        assertThat(status).as(target).matches("HTTP/1\\.1 4\\d\\d .*");
    }

    @Test
    void answersOnlyLocalNamesSoThatNoOtherSiteCanReadThePreview() throws IOException {
        assertThat(raw("/", "localhost")).isEqualTo("HTTP/1.1 200 OK");
        assertThat(raw("/", "127.0.0.1:" + server.url().getPort())).isEqualTo("HTTP/1.1 200 OK");
        assertThat(raw("/", "evil.example")).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(raw("/", "127.0.0.1.evil.example")).isEqualTo("HTTP/1.1 403 Forbidden");
    }

    @Test
    void headOnTheEventStreamAnswersWithoutHoldingItOpen() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(server.url().resolve(LiveReload.PATH))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
    }

    @Test
    void aSymbolicLinkToAFileOutsideTheSiteIsNeverServed() throws IOException {
        // The build leaves such links out (a warning); serve would refuse them too (403).
        assertThat(raw("/images/secret.txt")).matches("HTTP/1\\.1 4\\d\\d .*");
    }

    @Test
    void anEditIsServedWithinTwoSeconds() throws Exception {
        site.write("""
                -- content/articles/octobre-rose.md --
                ---
                title: Octobre rose
                date: 2024-10-26
                tags: [Santé]
                ---
                La campagne a réuni plus de mille personnes.
                """);
        HttpResponse<String> page = await("/articles/octobre-rose/", Duration.ofSeconds(2),
                r -> r.body().contains("plus de mille personnes"));
        assertThat(page.body()).contains("plus de mille personnes");
        assertThat(get("/tags/sante/").body()).contains("plus de mille personnes");
    }

    @Test
    void aBurstOfSavesGivesOneRebuildNotThirty() throws Exception {
        StringBuilder burst = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            burst.append("-- content/articles/lot-").append(i).append(".md --\n---\ntitle: Lot ").append(i)
                    .append("\ndate: 2024-09-").append(String.format("%02d", i)).append("\n---\nTexte.\n");
        }
        site.write(burst.toString()); // like a git checkout: thirty files within milliseconds
        int builds = 0;
        int seen = 0;
        while (seen < 30) {
            BuildEvent event = next();
            builds++;
            seen = event.result().failed() ? 0 : (int) event.result().snapshot().files().stream()
                    .filter(f -> f.path().matches("articles/lot-\\d+/index\\.html")).count();
        }
        // one batch, or two when the burst straddles the quiet period on a busy machine
        assertThat(builds).isLessThanOrEqualTo(2);
        assertThat(get("/articles/lot-30/").statusCode()).isEqualTo(200);
    }

    @Test
    void aDeletedArticleDisappearsFromItsTagAndArchivePages() throws Exception {
        assertThat(get("/tags/togo/").body()).contains("Semaine solidaire");
        site.delete("content/articles/semaine-solidaire.md");
        HttpResponse<String> tag = await("/tags/sante/", PATIENCE, r -> !r.body().contains("Semaine solidaire"));
        assertThat(tag.body()).doesNotContain("Semaine solidaire").contains("Octobre rose");
        assertThat(get("/tags/togo/").statusCode()).isEqualTo(404);
        assertThat(get("/archives/2024/11/").body()).doesNotContain("Semaine solidaire");
        assertThat(get("/articles/semaine-solidaire/").statusCode()).isEqualTo(404);
    }

    @Test
    void aRenamedArticleMovesToItsNewUrl() throws Exception {
        Files.move(dir.resolve("content/articles/octobre-rose.md"), dir.resolve("content/articles/rose.md"));
        HttpResponse<String> moved = await("/articles/rose/", PATIENCE, r -> r.statusCode() == 200);
        assertThat(moved.body()).contains("Octobre rose");
        assertThat(get("/articles/octobre-rose/").statusCode()).isEqualTo(404);
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodPageAndShowsTheErrorUntilFixed() throws Exception {
        site.write("""
                -- content/articles/octobre-rose.md --
                ---
                title: Octobre rose, cassé
                date: fin octobre
                ---
                Texte.
                """);
        BuildEvent failed = next();
        assertThat(failed.result().failed()).isTrue();
        String line = "content/articles/octobre-rose.md:3: error: 'date' is not a date (got \"fin octobre\");"
                + " write it as 2024-10-26 or 2024-10-26T09:30:00+02:00";
        assertThat(failed.result().diagnostics()).extracting(Diagnostic::format).contains(line);

        HttpResponse<String> page = get("/articles/octobre-rose/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("La campagne a réuni petits et grands.").doesNotContain("cassé")
                .contains("<div id=\"colibri-errors\"")
                .contains(ErrorOverlay.escape(line));

        site.write("""
                -- content/articles/octobre-rose.md --
                ---
                title: Octobre rose, réparé
                date: 2024-10-26
                ---
                Texte.
                """);
        assertThat(next().result().failed()).isFalse();
        assertThat(get("/articles/octobre-rose/").body()).contains("Octobre rose, réparé")
                .doesNotContain("colibri-errors");
    }

    @Test
    void theLiveReloadStreamNotifiesOpenPagesAfterARebuild() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var stream = http.sendAsync(HttpRequest.newBuilder(server.url().resolve(LiveReload.PATH)).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
        try {
            assertThat(awaitLine(lines, "event: hello")).isTrue();
            site.write("""
                    -- content/pages/a-propos.md --
                    ---
                    title: À propos de nous
                    ---
                    Qui sommes-nous ?
                    """);
            assertThat(awaitLine(lines, "event: reload")).isTrue();
            String data = lines.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(data).startsWith("data: {\"version\":2,\"pages\":[").contains("\"a-propos/index.html\"");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void aStylesheetChangeSwapsStylesWithoutReloading() throws Exception {
        site.write("""
                -- templates/assets/style.css --
                body { color: black; }
                """);
        assertThat(next().result().failed()).isFalse();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var stream = http.sendAsync(HttpRequest.newBuilder(server.url().resolve(LiveReload.PATH)).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
        try {
            assertThat(awaitLine(lines, "event: hello")).isTrue();
            site.write("""
                    -- templates/assets/style.css --
                    body { color: rebeccapurple; }
                    """);
            assertThat(awaitLine(lines, "event: css")).as("events: %s, builds: %s", seen, builds).isTrue();
            assertThat(get("/assets/style.css").body()).contains("rebeccapurple");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void theBuiltSiteNeverContainsTheLiveReloadScript() throws IOException {
        buildToPublic();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("__colibri").doesNotContain("colibri-errors");
            }
        }
    }

    @Test
    void servesNothingFromPublic() throws Exception {
        buildToPublic();
        Files.writeString(site.output().resolve("stale.html"), "stale");
        assertThat(get("/stale.html").statusCode()).isEqualTo(404);
        assertThat(get("/public/index.html").statusCode()).isEqualTo(404);
    }

    final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    private boolean awaitLine(BlockingQueue<String> lines, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line.length() > 80 ? line.substring(0, 80) : line);
            }
            if (expected.equals(line)) {
                return true;
            }
        }
        return false;
    }

    /** Hands each line of the event stream to a queue. */
    private record LineCollector(BlockingQueue<String> lines) implements java.util.concurrent.Flow.Subscriber<String> {

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable error) {
        }

        @Override
        public void onComplete() {
        }
    }

}
