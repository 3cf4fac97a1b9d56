package org.colibri.theme;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's chromium driven through its chromedriver, both at fixed paths (no download, no
 * Selenium Manager), with the axe-core engine from {@code src/test/js}. Missing pieces fail the
 * tests with the command that installs them.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");

    private final ChromeDriver driver;
    private final String axe;
    private final Path profile;
    private String clockScript;

    HeadlessChromium() throws IOException {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add(CHROMIUM + " (Debian package chromium)");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            missing.add(CHROMEDRIVER + " (Debian package chromium-driver)");
        }
        if (!Files.isRegularFile(AXE)) {
            missing.add(AXE + " (npm package axe-core: cd src/test/js && npm ci)");
        }
        if (!missing.isEmpty()) {
            fail("the browser tests need " + String.join(", ", missing) + "; run .ci/run once to install them");
        }
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("colibri-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-extensions", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Lays pages out at {@code width} × {@code height} CSS pixels, whatever the window. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Emulates {@code prefers-color-scheme: dark} (or light) and a screen or print medium. */
    void media(String medium, boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", medium,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Page scripts see {@code Date.now()} = {@code instant} from the next page load on; null restores the clock. */
    void clock(Instant instant) {
        if (clockScript != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clockScript));
            clockScript = null;
        }
        if (instant != null) {
            Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", "Date.now = function () { return " + instant.toEpochMilli() + "; };"));
            clockScript = String.valueOf(added.get("identifier"));
        }
    }

    void javaScript(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Runs axe-core on the current page; returns its violations (id, impact, help, nodes). */
    JsonNode axeViolations() throws IOException {
        driver.executeScript(axe);
        Object json = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || ''))})))))
                  .catch(e => done(JSON.stringify({error: String(e)})));
                """);
        JsonNode violations = new ObjectMapper().readTree(String.valueOf(json));
        if (violations.has("error")) {
            fail("axe-core failed: " + violations.get("error").asText());
        }
        return violations;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
