package org.colibri.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** {@code check --external} against a local server on port 0; never the internet. */
class ExternalLinkCheckTest {

    @TempDir
    Path dir;

    HttpServer server;
    ExecutorService serverThreads;
    String base;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try {
            int status = 200;
            if (path.startsWith("/absent")) {
                status = 404;
            } else if (path.startsWith("/head-refused") && exchange.getRequestMethod().equals("HEAD")) {
                status = 405;
            } else if (path.startsWith("/slow")) {
                release.await(10, TimeUnit.SECONDS);
            } else if (path.startsWith("/busy")) {
                Thread.sleep(50); // long enough for requests to overlap, if the limit let them
            }
            // Leave the count before answering: once the answer is sent, the client may rightly
            // start its next request while this thread is still closing the exchange.
            inFlight.decrementAndGet();
            counted = false;
            byte[] body = "<p>ok</p>".getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
            exchange.close();
        }
    }

    private FixtureSite site(String body) {
        return FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/liens.md --
                ---
                title: Liens
                date: 2024-10-01
                summary: Un article avec des liens vers d'autres sites, pour tester --external.
                ---
                """ + body);
    }

    private FixtureSite.Run check(FixtureSite site, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--now", "2024-11-20", "--external"));
        args.addAll(List.of(extra));
        return site.run(args.toArray(String[]::new));
    }

    @Test
    void warnsAboutDeadLinksAndPassesGoodOnes() {
        FixtureSite site = site("[bon](" + base + "/ok) [mort](" + base + "/absent#x) [HEAD refusé](" + base
                + "/head-refused)\n<img src=\"" + base + "/absent.png\" alt=\"Image\">\n"
                + "[courriel](mailto:a@example.org) [interne](/articles/)\n");

        FixtureSite.Run run = check(site);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
                "content/articles/liens.md:6:" + (("[bon](" + base + "/ok) [mort](").length() + 1)
                        + ": warning: external link '" + base + "/absent#x' does not work"
                        + " (HTTP 404); fix or remove it, or check it again later if the other site is down",
                "content/articles/liens.md:7:11: warning: external link '" + base + "/absent.png' does not work"
                        + " (HTTP 404); fix or remove it, or check it again later if the other site is down",
                "Checked 14 pages and 6 links (external ones too): 2 warnings.");
        assertThat(requests).containsExactlyInAnyOrder("HEAD /ok", "HEAD /absent", "GET /absent",
                "HEAD /head-refused", "GET /head-refused", "HEAD /absent.png", "GET /absent.png");
        assertThat(check(site, "--strict").exitCode()).isEqualTo(1);
    }

    @Test
    void reportsHostsThatDoNotAnswerInTimeOrRefuseConnections() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FixtureSite site = site("[lent](" + base + "/slow)\n\n[fermé](http://127.0.0.1:" + closedPort + "/)\n");

        FixtureSite.Run run = check(site, "--timeout", "1");

        assertThat(run.errLines()).containsExactly(
                "content/articles/liens.md:6:8: warning: external link '" + base + "/slow' does not work (no answer"
                        + " within 1 s); fix or remove it, or check it again later if the other site is down",
                "content/articles/liens.md:8:9: warning: external link 'http://127.0.0.1:" + closedPort + "/' does"
                        + " not work (cannot connect to 127.0.0.1); fix or remove it, or check it again later if the"
                        + " other site is down",
                "Checked 14 pages and 2 links (external ones too): 2 warnings.");
    }

    @Test
    void asksAtMostTwoRequestsAtATimeOfOneHost() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            links.append("[lien ").append(i).append("](").append(base).append("/busy/").append(i).append(")\n");
        }
        FixtureSite.Run run = check(site(links.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requests).hasSize(8);
        assertThat(maxInFlight.get()).isBetween(1, 2);
    }

    @Test
    void remembersGoodAnswersButAsksAgainAboutDeadLinks() throws IOException {
        FixtureSite site = site("[bon](" + base + "/ok) [mort](" + base + "/absent)\n");
        assertThat(check(site).errLines()).hasSize(2);
        Path cache = dir.resolve(".colibri/cache/external-links.tsv");
        assertThat(Files.readAllLines(cache)).hasSize(2).last().asString()
                .isEqualTo("1732096800\t200\t" + base + "/ok");
        requests.clear();

        FixtureSite.Run again = check(site);

        assertThat(again.errLines()).hasSize(2);
        assertThat(requests).containsExactly("HEAD /absent", "GET /absent");
    }

    @Test
    void ignoresACorruptCache() throws IOException {
        FixtureSite site = site("[bon](" + base + "/ok)\n");
        site.write("-- .colibri/cache/external-links.tsv --\n\u0000garbage\tnot a number\t\n{\"json\": true}\n");

        FixtureSite.Run run = check(site);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(requests).containsExactly("HEAD /ok");
    }

    @Test
    void neverAsksWithoutExternal() {
        FixtureSite site = site("[mort](" + base + "/absent)\n");

        FixtureSite.Run run = site.run("check", "--now", "2024-11-20");

        assertThat(run.exitCode()).isZero();
        assertThat(requests).isEmpty();
        // check shares the build cache with build, but keeps no external-link answers without --external
        assertThat(dir.resolve(".colibri/cache/external-links.tsv")).doesNotExist();
    }

}
