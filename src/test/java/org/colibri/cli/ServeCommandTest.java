package org.colibri.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colibri serve} through the real command line: its messages, exit codes and clean stop. */
class ServeCommandTest {

    @TempDir
    Path dir;

    FixtureSite site;

    @BeforeEach
    void aSite() {
        site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: 2024-10-01
                ---
                Premier article.
                """);
    }

    /** A command running in a thread until interrupted, with its output so far. */
    private static final class Running {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;

        Running(String... args) {
            Environment environment = new Environment(Map.of(),
                    Clock.fixed(Instant.parse("2024-11-20T10:00:00Z"), ZoneOffset.UTC));
            thread = new Thread(() -> exit.set(ColibriCommandLine.create(new PrintWriter(out, true),
                    new PrintWriter(err, true), environment).execute(args)));
            thread.start();
        }

        synchronized String out() {
            return out.toString();
        }

        URI awaitUrl() throws InterruptedException {
            Pattern serving = Pattern.compile("Serving at (\\S+?)( |;)");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = serving.matcher(out());
                if (m.find()) {
                    return URI.create(m.group(1));
                }
                assertThat(thread.isAlive()).as("still running; stderr: " + err).isTrue();
                Thread.sleep(10);
            }
            throw new AssertionError("no URL printed: " + out() + err);
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
            return exit.get();
        }
    }

    @Test
    void servesUntilStoppedThenSaysSo() throws Exception {
        Running serve = new Running("serve", "--source", dir.toString(), "--port", "0", "--now", "2024-11-20");
        URI url = serve.awaitUrl();
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.body()).contains("Bonjour");
        assertThat(serve.stop()).isZero();
        assertThat(serve.out().lines()).first().asString().isEqualTo("Building the site for " + url + " ...");
        assertThat(serve.out()).containsPattern("Built \\d+ pages in \\d+\\.\\d\\d s\\.")
                .contains("Serving at " + url + " (drafts shown); watching content/, templates/ and site.yml."
                        + " Press Ctrl-C to stop.")
                .endsWith("Stopped.\n");
        assertThat(serve.err.toString()).isEmpty();
        assertThat(site.exists("index.html")).as("public/ untouched").isFalse();
    }

    @Test
    void noDraftsHidesDraftsAsTheBuiltSiteDoes() throws Exception {
        site.write("""
                -- content/articles/brouillon.md --
                ---
                title: En préparation
                date: 2024-10-02
                draft: true
                ---
                Pas encore.
                """);
        Running serve = new Running("serve", "--source", dir.toString(), "--port", "0", "--no-drafts");
        URI url = serve.awaitUrl();
        HttpClient http = HttpClient.newHttpClient();
        int status = http.send(HttpRequest.newBuilder(url.resolve("/articles/brouillon/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(serve.stop()).isZero();
        assertThat(status).isEqualTo(404);
        assertThat(serve.out()).contains("Serving at " + url + "; watching");
    }

    @Test
    void aPortInUseIsOneLineThatSuggestsAnother() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();
            FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "serve", "--source", dir.toString(),
                    "--port", String.valueOf(port));
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.errLines().get(0)).matches("error: port " + port
                    + " on 127\\.0\\.0\\.1 is in use; pass --port \\d+ or another free port");
            int suggested = Integer.parseInt(run.errLines().get(0).replaceAll(".*--port (\\d+) .*", "$1"));
            assertThat(suggested).isGreaterThan(port);
        }
    }

    @Test
    void anAddressOfAnotherMachineIsRefused() {
        // 192.0.2.1 is reserved for documentation: never an address of this machine
        FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "serve", "--source", dir.toString(),
                "--host", "192.0.2.1", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly("error: cannot listen on 192.0.2.1 port 0"
                + " (cannot assign requested address); pass --host 127.0.0.1 or an address of this machine");
    }

    @Test
    void anUnknownHostIsAUsageError() {
        FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "serve", "--source", dir.toString(),
                "--host", "nowhere.invalid");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "colibri: --host nowhere.invalid is not a known address; pass an address of this machine,"
                        + " such as 127.0.0.1",
                "Run 'colibri serve --help' for the options.");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "serve", "--source", dir.toString(), "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).first().asString().isEqualTo(
                "colibri: --port 70000 is not a port number; pass one from 1 to 65535, such as 8080");
    }

    @Test
    void aSourceThatIsNotAFolderIsAUsageError() {
        FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "serve", "--source", dir.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).first().asString().isEqualTo("colibri: --source " + dir.resolve("nope")
                + " is not a folder; pass the folder that holds site.yml");
    }

    @Test
    void warnsWhenOtherMachinesCanConnect() throws Exception {
        Running serve = new Running("serve", "--source", dir.toString(), "--host", "0.0.0.0", "--port", "0");
        serve.awaitUrl();
        assertThat(serve.stop()).isZero();
        assertThat(serve.err.toString().lines()).containsExactly("warning: listening on 0.0.0.0: other machines on"
                + " the network can open the site, drafts included; use --host 127.0.0.1 to keep it on this machine");
    }

    @Test
    void openWithoutABrowserOnlySaysWhereToGo() throws Exception {
        String headless = System.getProperty("java.awt.headless");
        System.setProperty("java.awt.headless", "true");
        try {
            Running serve = new Running("serve", "--source", dir.toString(), "--port", "0", "--open");
            URI url = serve.awaitUrl();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!serve.out().contains("note:") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(serve.stop()).isZero();
            assertThat(serve.out()).contains("note: --open found no browser to start here; open " + url
                    + " yourself.");
        } finally {
            if (headless == null) {
                System.clearProperty("java.awt.headless");
            } else {
                System.setProperty("java.awt.headless", headless);
            }
        }
    }

    @Test
    void aSiteThatDoesNotBuildIsStillServedWithItsErrors() throws Exception {
        site.write("""
                -- content/articles/bonjour.md --
                ---
                title: Bonjour
                date: demain
                ---
                """);
        Running serve = new Running("serve", "--source", dir.toString(), "--port", "0");
        URI url = serve.awaitUrl();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(serve.stop()).isZero();
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("content/articles/bonjour.md:3: error: &#39;date&#39; is not a date");
        assertThat(serve.err.toString().lines()).containsExactly(
                "content/articles/bonjour.md:3: error: 'date' is not a date (got \"demain\");"
                        + " write it as 2024-10-26 or 2024-10-26T09:30:00+02:00",
                "The site does not build with 1 error; pages show the errors until a save fixes them.");
    }
}
