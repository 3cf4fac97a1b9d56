package org.colibri.theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.colibri.testing.FixtureSite;
import org.openqa.selenium.OutputType;

/**
 * Writes {@code PAGE-phone.png} (360 px) and {@code PAGE-desktop.png} (1280 px) of the example
 * site into the folder given as first argument. Run by {@code scripts/screenshots.sh}; not a test.
 * The site is built with {@code --now 2024-11-20} and the browser's clock is set to that day, so
 * the offers show as on the build day rather than closed by today's date.
 */
public final class ThemeScreenshots {

    private ThemeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Files.createDirectories(out);
        Path site = Files.createTempDirectory("colibri-screenshots");
        FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "build", "--quiet", "--source",
                Path.of("").toAbsolutePath().toString(), "--output", site.toString(), "--now", "2024-11-20");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("the example site does not build:\n" + run.err());
        }
        try (StaticSiteServer server = new StaticSiteServer(site); HeadlessChromium chromium = new HeadlessChromium()) {
            chromium.clock(OffsetDateTime.parse("2024-11-20T12:00:00+01:00").toInstant());
            for (var page : DefaultThemeBrowserTest.PAGES.entrySet()) {
                if (!only.isEmpty() ? !only.contains(page.getKey())
                        : !List.of("home", "article", "offer", "list", "tag", "archive", "404").contains(page.getKey())) {
                    continue;
                }
                for (var device : Map.of("phone", new int[] {360, 780}, "desktop", new int[] {1280, 900}).entrySet()) {
                    chromium.viewport(device.getValue()[0], device.getValue()[1]);
                    chromium.driver().get(server.url() + page.getValue());
                    Path png = out.resolve(page.getKey() + "-" + device.getKey() + ".png");
                    Files.write(png, chromium.driver().getScreenshotAs(OutputType.BYTES));
                    System.out.println(png + " (" + Files.size(png) / 1024 + " KB)");
                }
            }
        } finally {
            try (var files = Files.walk(site)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
