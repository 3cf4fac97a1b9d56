package org.colibri.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The example site, built with {@code --now 2024-11-20} (offers still open), in a real
 * browser: layout at phone and desktop widths, the menu, the skip link, the deadline switch of
 * {@code offers.js} and the axe-core accessibility engine in light and dark schemes.
 */
class DefaultThemeBrowserTest {

    /** One page of each kind the theme renders. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "");
        PAGES.put("article", "articles/octobre-rose-togo-2024/");
        PAGES.put("offer", "offers/stage-relations-institutionnelles-genre/");
        PAGES.put("list", "offers/");
        PAGES.put("articles", "articles/");
        PAGES.put("tag", "tags/volontariat/");
        PAGES.put("tags", "tags/");
        PAGES.put("archive", "archives/2024/10/");
        PAGES.put("archives", "archives/");
        PAGES.put("page", "a-propos/");
        PAGES.put("404", "cette-page-n-existe-pas/");
    }

    static final String OFFER = PAGES.get("offer");

    @TempDir
    static Path site;

    static StaticSiteServer server;
    static HeadlessChromium chromium;
    static ChromeDriver driver;

    @BeforeAll
    static void buildServeAndOpenABrowser() throws Exception {
        chromium = new HeadlessChromium();
        driver = chromium.driver();
        FixtureSite.Run run = FixtureSite.Run.of(Map.of(), "build", "--source", Path.of("").toAbsolutePath().toString(),
                "--output", site.toString(), "--now", "2024-11-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        server = new StaticSiteServer(site);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void resetEmulation() {
        chromium.clock(null);
        chromium.javaScript(true);
        chromium.media("", false);
        chromium.viewport(1280, 900);
    }

    private void open(String path) {
        driver.get(server.url() + path);
    }

    @Test
    void nothingOverflowsHorizontallyFromSmallPhonesToWideScreens() {
        List<String> overflows = new ArrayList<>();
        for (int width : new int[] {320, 360, 768, 1280, 1920}) {
            chromium.viewport(width, 800);
            for (var page : PAGES.entrySet()) {
                open(page.getValue());
                @SuppressWarnings("unchecked")
                List<Object> result = (List<Object>) driver.executeScript("""
                        const w = window.innerWidth, wide = [];
                        for (const e of document.body.querySelectorAll('*')) {
                          const r = e.getBoundingClientRect();
                          if (r.width > 0 && r.right > w + 1) wide.push(e.tagName.toLowerCase() + '.' + e.className);
                        }
                        return [document.documentElement.scrollWidth, w, wide.slice(0, 5).join(', ')];""");
                long scrollWidth = ((Number) result.get(0)).longValue();
                if (scrollWidth > width || ((Number) result.get(1)).longValue() != width) {
                    overflows.add(page.getKey() + " at " + width + " px: " + scrollWidth + " px wide (" + result.get(2) + ")");
                }
            }
        }
        assertThat(overflows).isEmpty();
    }

    @Test
    void everyMenuLinkIsVisibleAndLeadsToItsSectionAtPhoneAndDesktopWidths() {
        for (int width : new int[] {320, 1280}) {
            chromium.viewport(width, 800);
            open(OFFER);
            int count = driver.findElements(By.cssSelector("nav.site-nav a")).size();
            assertThat(count).isEqualTo(6);
            for (int i = 0; i < count; i++) {
                open(OFFER);
                WebElement link = driver.findElements(By.cssSelector("nav.site-nav a")).get(i);
                String title = link.getText();
                String href = link.getDomProperty("href");
                assertThat(link.isDisplayed()).as(title + " at " + width).isTrue();
                assertThat(link.getRect().getX() + link.getRect().getWidth()).as(title + " at " + width)
                        .isLessThanOrEqualTo(width);
                assertThat(link.getSize().getHeight()).as("a finger-sized target: " + title).isGreaterThanOrEqualTo(24);
                link.click();
                assertThat(driver.getCurrentUrl()).as(title + " at " + width).isEqualTo(href);
                assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
                assertThat(driver.findElement(By.cssSelector("nav.site-nav a[aria-current=page]")).getText())
                        .as("the menu marks the section of " + href).isEqualTo(title);
            }
        }
    }

    @Test
    void theSkipLinkIsTheFirstFocusVisibleAndMovesFocusToTheContent() {
        chromium.viewport(360, 800);
        open(OFFER);
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Aller au contenu");
        assertThat(focused.getRect().getY()).as("on screen once focused").isGreaterThanOrEqualTo(0);
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("contenu");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = driver.switchTo().activeElement();
        assertThat(next.getCssValue("outline-style")).as("visible focus on " + next.getText()).isEqualTo("solid");
    }

    @Test
    void offersWhoseDeadlinePassedSinceTheBuildShowAsClosedInTheBrowser() {
        // Built on 2024-11-20 with the deadline on 2024-11-30: the browser's real clock is later.
        chromium.viewport(360, 800);
        open(OFFER);
        WebElement badge = driver.findElement(By.cssSelector(".entry-header .badge"));
        assertThat(badge.getText()).isEqualTo("Candidatures closes");
        assertThat(badge.getAttribute("class")).isEqualTo("badge badge-closed");

        chromium.viewport(1280, 900);
        open("");
        List<String> panel = driver.findElements(By.cssSelector(".home-offers .offer-list li")).stream()
                .map(li -> li.findElement(By.cssSelector(".offer-title")).getText() + " | "
                        + li.findElement(By.cssSelector(".badge")).getText())
                .toList();
        assertThat(panel).containsExactly(
                "Offre d’emploi : Chargé·e de missions support informatique | Ouverte",
                "Appel d’offres : étude de capitalisation et d’évaluation du programme « Clé en main » Territoires Volontaires | Candidatures closes",
                "Stage : Assistant·e relations institutionnelles et genre (6 mois) | Candidatures closes");
        open("offers/");
        assertThat(driver.findElements(By.cssSelector(".card .badge-closed"))).hasSize(2);
    }

    @Test
    void theCountOfDaysLeftFollowsTheReadersClock() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("2024-11-21T10:00:00+01:00", "Ouverte");
        expected.put("2024-11-27T10:00:00+01:00", "Clôture dans 3 jours");
        expected.put("2024-11-29T18:00:00+01:00", "Clôture demain");
        expected.put("2024-11-30T23:00:00+01:00", "Dernier jour pour postuler");
        expected.put("2024-12-01T00:00:01+01:00", "Candidatures closes");
        expected.forEach((now, text) -> {
            chromium.clock(OffsetDateTime.parse(now).toInstant());
            open(OFFER);
            assertThat(driver.findElement(By.cssSelector(".entry-header .badge")).getText()).as(now).isEqualTo(text);
        });
    }

    @Test
    void withoutJavaScriptEverythingIsReadableAsBuilt() {
        chromium.javaScript(false);
        chromium.viewport(360, 800);
        open(OFFER);
        assertThat(driver.findElement(By.cssSelector(".entry-header .badge")).getText()).isEqualTo("Ouverte");
        assertThat(driver.findElement(By.cssSelector(".facts")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("pour-candidater")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("nav.site-nav a")).stream().allMatch(WebElement::isDisplayed)).isTrue();
        open("");
        assertThat(driver.findElements(By.cssSelector(".home-articles .card"))).hasSize(6);
    }

    @Test
    void printingLeavesOutTheMenuAndKeepsTheContent() {
        chromium.media("print", false);
        open(OFFER);
        assertThat(driver.findElement(By.cssSelector("nav.site-nav")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".facts")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".prose")).isDisplayed()).isTrue();
    }

    @Test
    void theHomePageTransfersUnder60KbWithoutImages() {
        open("");
        Number bytes = (Number) driver.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                return performance.getEntriesByType('resource').filter(r => r.initiatorType !== 'img')
                  .reduce((sum, r) => sum + r.transferSize, nav.transferSize);""");
        assertThat(bytes.longValue()).isGreaterThan(10_000).isLessThan(60 * 1024);
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationInLightAndDarkSchemes() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String scheme : new String[] {"light", "dark"}) {
            for (int width : new int[] {360, 1280}) {
                chromium.media("", scheme.equals("dark"));
                chromium.viewport(width, 900);
                for (var page : PAGES.entrySet()) {
                    open(page.getValue());
                    axe(page.getKey() + " (" + scheme + ", " + width + " px)", problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void paginatedListsAndWideContentFitSmallPhonesAndPassAxe(@TempDir Path fixture) throws Exception {
        FixtureSite site = FixtureSite.create(fixture, FixtureSite.SITE_YML + DefaultThemeTest.articles(20) + """
                -- content/articles/budget.md --
                ---
                title: Budget détaillé
                date: 2024-11-02
                ---
                | Poste | Janvier | Février | Mars | Avril | Mai | Juin | Commentaire |
                |---|---|---|---|---|---|---|---|
                | Hébergement | 1 200 € | 1 200 € | 1 250 € | 1 250 € | 1 300 € | 1 300 € | https://example.org/un-lien-tres-long-sans-espace-aucun |

                ```
                curl --silent --show-error https://example.org/une/adresse/tres/longue/pour/tester/le/retour/a/la/ligne
                ```
                """);
        assertThat(site.build().exitCode()).isZero();
        List<String> problems = new ArrayList<>();
        try (StaticSiteServer paginated = new StaticSiteServer(site.output())) {
            for (String scheme : new String[] {"light", "dark"}) {
                chromium.media("", scheme.equals("dark"));
                chromium.viewport(320, 800);
                for (String path : List.of("articles/", "articles/page/4/", "articles/budget/")) {
                    driver.get(paginated.url() + path);
                    Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
                    assertThat(width.intValue()).as(path).isLessThanOrEqualTo(320);
                    axe(path + " (" + scheme + ")", problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Adds the serious and critical axe-core violations of the current page to {@code problems}. */
    private static void axe(String where, List<String> problems) throws java.io.IOException {
        for (JsonNode v : chromium.axeViolations()) {
            String line = where + ": " + v.get("impact").asText() + " " + v.get("id").asText() + " — "
                    + v.get("help").asText() + " " + v.get("nodes");
            if (List.of("serious", "critical").contains(v.get("impact").asText())) {
                problems.add(line);
            } else {
                System.out.println("axe (not failing): " + line);
            }
        }
    }
}
