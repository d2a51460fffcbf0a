package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.PipelineSettings;
import org.crosscheck.store.SqliteStore;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI and the HTML report in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}). Skipped when they are missing, unless
 * {@code CROSSCHECK_BROWSER_TEST=required} (as {@code .ci/run} sets), then it fails.
 */
class ApiServerBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ApiServer server;
    private static SqliteStore store;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private static String base;
    private static JsonNode story;
    /** Why the browser tests cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void start() {
        Optional<Path> chromium = executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = executable("CHROMEDRIVER", "chromedriver");
        boolean required = "required".equals(System.getenv("CROSSCHECK_BROWSER_TEST"));
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String why = "no chromium and chromedriver on PATH (apt-get install chromium chromium-driver)";
            if (required) {
                throw new AssertionError("CROSSCHECK_BROWSER_TEST=required but " + why);
            }
            // Not Assumptions.abort here: an aborted @BeforeAll reports "Tests run: 0, Skipped: 0",
            // as if there were no browser test; each test is skipped with the reason instead.
            missing = why;
            return;
        }
        // examples/ and the malicious article ingested into a store as `crosscheck ingest` does,
        // served as `crosscheck serve` does.
        try {
            store = SqliteStore.open(ExampleStore.directory());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server = ApiServer.start(store, (name, body) -> {
            throw new AssertionError("no writes in the browser test");
        }, new Pipeline(PipelineSettings.defaults())::verify, ServerSettings.loopback(0, null), new PrintStream(PrintStream.nullOutputStream()));
        base = "http://127.0.0.1:" + server.port();
        story = disputedStoryWithProvenance();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,2400",
                "--no-first-run", "--disable-extensions", "--disable-background-networking");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static Optional<Path> executable(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && Files.isExecutable(Path.of(given))) {
            return Optional.of(Path.of(given));
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n))).filter(Files::isExecutable).findFirst();
    }

    private static JsonNode disputedStoryWithProvenance() {
        for (StorySummary summary : store.stories(new StoryQuery(null, StoryQuery.Order.MOST_DISPUTED, 100, 0)).stories()) {
            var stored = store.story(summary.id()).orElseThrow();
            if (!stored.report().conflicts().isEmpty() && !stored.report().provenance().isEmpty()) {
                return org.crosscheck.report.JsonReport.story(stored.report(), stored.articles());
            }
        }
        throw new AssertionError("the examples have no story with both a conflict and a reuse link");
    }

    private static void waitReady() {
        wait.until(d -> {
            String ready = d.findElement(By.id("app")).getAttribute("data-ready");
            return ready != null && !ready.isEmpty();
        });
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertThat(severe).as("console errors").isEmpty();
    }

    private static void assertNoScriptRan() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.executeScript("return window.xssRan === undefined")).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("#app img, #app script"))).isEmpty();
    }

    /** Opens the list, the disputed story and the malicious article, as a reader would. */
    private static void readStoryAndMaliciousArticle(String screenshotPrefix) throws Exception {
        waitReady();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-item")));
        driver.findElement(By.cssSelector("a[data-order=disputed]")).click();
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("a[data-order=disputed]"), "class", "active"));
        wait.until(d -> {
            d.findElement(By.linkText(story.get("title").asText())).click();
            return true;
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-view")));
        assertThat(driver.findElement(By.cssSelector(".story-view h1")).getText()).isEqualTo(story.get("title").asText());

        List<WebElement> conflicts = driver.findElements(By.cssSelector(".conflict"));
        assertThat(conflicts).hasSize(story.get("conflicts").size());
        WebElement first = conflicts.get(0);
        assertThat(first.findElements(By.cssSelector(".sides > .side"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(first.findElements(By.cssSelector(".side mark"))).isNotEmpty();
        List<WebElement> sides = first.findElements(By.cssSelector(".sides > .side"));
        assertThat(sides.get(0).getRect().getY()).as("sides stand side by side").isEqualTo(sides.get(1).getRect().getY());

        WebElement picture = driver.findElement(By.cssSelector("svg.provenance"));
        assertThat(picture.isDisplayed()).isTrue();
        assertThat(picture.findElements(By.cssSelector("g.link line"))).hasSize(story.get("provenance").size());
        assertThat(picture.findElements(By.cssSelector("circle"))).hasSize(story.get("articleIds").size());
        assertThat(driver.findElements(By.cssSelector("table.claims tr.claim"))).hasSize(story.get("claims").size());
        assertThat(driver.findElements(By.cssSelector("table.claims .chip"))).isNotEmpty();
        assertCoverageAndOutlets();
        screenshot(screenshotPrefix + "story.png");
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("outlets")));
        screenshot(screenshotPrefix + "story-outlets.png");
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("provenance")));
        screenshot(screenshotPrefix + "provenance.png");

        driver.get(driver.getCurrentUrl().replaceAll("#.*$", "") + "#/article/" + ExampleReport.MALICIOUS_ID);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-view")));
        assertThat(driver.findElement(By.cssSelector(".article-title")).getText()).isEqualTo(ExampleReport.MALICIOUS_TITLE);
        assertThat(driver.findElement(By.cssSelector(".article-text")).getText()).contains(ExampleReport.SCRIPT).contains(ExampleReport.FLAG_IMG)
                .contains(ExampleReport.BREAKOUT);
        assertThat(driver.findElements(By.cssSelector(".article-text mark"))).isNotEmpty();
        assertNoScriptRan();
        screenshot(screenshotPrefix + "malicious-article.png");

        driver.get(driver.getCurrentUrl().replaceAll("#.*$", "") + "#/?q=lantern");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".article-hits li")));
        assertThat(driver.findElement(By.cssSelector(".stories")).getText()).contains(ExampleReport.SCRIPT);
        assertNoScriptRan();
    }

    /** The story page's outlets: one table row and one chart row per outlet, a dot per dated article. */
    private static void assertCoverageAndOutlets() {
        JsonNode outlets = story.get("outlets");
        assertThat(outlets.size()).as("the examples' story names its outlets").isGreaterThan(1);
        List<WebElement> rows = driver.findElements(By.cssSelector("table.story-outlets tr.story-outlet"));
        assertThat(rows).hasSize(outlets.size());
        for (int i = 0; i < outlets.size(); i++) {
            assertThat(rows.get(i).getAttribute("data-outlet")).isEqualTo(outlets.get(i).get("outlet").asText());
            assertThat(rows.get(i).findElement(By.cssSelector(".role")).getText()).isEqualTo(outlets.get(i).get("role").asText());
        }
        WebElement chart = driver.findElement(By.cssSelector("svg.coverage"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.findElements(By.cssSelector("g.coverage-row"))).hasSize(outlets.size());
        long dated = 0;
        for (JsonNode a : story.get("articles")) {
            dated += a.path("published").isTextual() ? 1 : 0;
        }
        assertThat(chart.findElements(By.cssSelector("g.coverage-row circle"))).hasSize((int) dated);
    }

    @Test
    void showsAStoryItsConflictsAndProvenanceAndKeepsMarkupAsText() throws Exception {
        driver.get(base + "/");
        readStoryAndMaliciousArticle("");
        assertNoConsoleErrors();
    }

    @Test
    void listsTheOutletsAndOpensOneWithItsFiguresEdgesAndStories() throws Exception {
        org.crosscheck.store.OutletNetwork network = store.outlets();
        driver.get(base + "/");
        waitReady();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".to-outlets a"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.outlets tr.outlet")));
        assertThat(driver.findElements(By.cssSelector("table.outlets tr.outlet"))).hasSize(Math.min(100, network.outlets().size()));
        assertThat(driver.findElement(By.cssSelector(".pew")).getText()).contains(network.storiesOfSeveral() + " stories of two or more");
        WebElement whole = driver.findElement(By.cssSelector("svg.network"));
        assertThat(whole.getAttribute("data-layout")).as("laid out by the vendored d3-force").isEqualTo("d3-force");
        int listed = network.outlets().stream().limit(100).mapToInt(o -> Math.min(3, o.derivesFrom().size())).sum();
        assertThat(listed).as("the examples have a copy network").isGreaterThan(1);
        assertThat(whole.findElements(By.cssSelector("g.edge line"))).hasSize(listed);
        assertThat(whole.findElements(By.cssSelector("a.net-node circle"))).hasSizeGreaterThan(2);
        screenshot("outlets.png");
        org.crosscheck.store.OutletFigures busiest = network.outlets().get(0);
        driver.findElement(By.linkText(busiest.outlet())).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".outlet-view")));
        assertThat(driver.findElement(By.cssSelector(".outlet-view h1")).getText()).isEqualTo(busiest.outlet());
        assertThat(driver.findElements(By.cssSelector("table.outlet-stories tr.outlet-story"))).hasSize(busiest.stories());
        assertThat(driver.findElements(By.cssSelector("ul.edges.in li"))).hasSize(network.edgesInto(busiest.outlet()).size());
        assertThat(driver.findElements(By.cssSelector("ul.edges.out li"))).hasSize(network.edgesOutOf(busiest.outlet()).size());
        WebElement own = driver.findElement(By.cssSelector(".outlet-view svg.network"));
        int around = network.edgesInto(busiest.outlet()).size() + network.edgesOutOf(busiest.outlet()).size();
        assertThat(own.findElements(By.cssSelector("g.edge line"))).hasSize(around);
        assertThat(own.findElements(By.cssSelector("a.net-node.focus circle"))).hasSize(1);
        assertThat(own.findElements(By.cssSelector("a.net-node circle"))).hasSizeGreaterThan(around > 0 ? 1 : 0);
        screenshot("outlet.png");
        driver.findElement(By.cssSelector("table.outlet-stories tr.outlet-story a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-view")));

        org.crosscheck.store.OutletFigures joined = network.outlets().stream().max(java.util.Comparator.comparingInt(
                (org.crosscheck.store.OutletFigures o) -> network.edgesInto(o.outlet()).size() + network.edgesOutOf(o.outlet()).size())).orElseThrow();
        List<org.crosscheck.store.OutletEdge> edges = new java.util.ArrayList<>(network.edgesInto(joined.outlet()));
        edges.addAll(network.edgesOutOf(joined.outlet()));
        assertThat(edges).as("an outlet of the examples is copied or copies").isNotEmpty();
        java.util.Set<String> neighbours = new java.util.HashSet<>();
        edges.forEach(e -> {
            neighbours.add(e.from());
            neighbours.add(e.to());
        });
        driver.get(base + "/#/outlet/" + java.net.URLEncoder.encode(joined.outlet(), StandardCharsets.UTF_8).replace("+", "%20"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".outlet-view h1"), joined.outlet()));
        WebElement graph = driver.findElement(By.cssSelector(".outlet-view svg.network"));
        assertThat(graph.findElements(By.cssSelector("g.edge"))).extracting(g -> g.getAttribute("data-from") + " -> " + g.getAttribute("data-to")
                + " " + g.getAttribute("data-articles")).containsExactlyInAnyOrderElementsOf(edges.stream()
                .map(e -> e.from() + " -> " + e.to() + " " + e.articles()).toList());
        assertThat(graph.findElements(By.cssSelector("a.net-node"))).extracting(a -> a.getAttribute("data-outlet"))
                .containsExactlyInAnyOrderElementsOf(neighbours);
        screenshot("outlet-network.png");
        assertNoConsoleErrors();
    }

    @Test
    void theStoryListShowsOutletCountsAndFiltersByOutletAndDay() throws Exception {
        driver.get(base + "/");
        waitReady();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-item")));
        StorySummary newest = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 1, 0)).stories().get(0);
        assertThat(driver.findElement(By.cssSelector(".story-item .outlet-counts")).getText())
                .contains(newest.distinctTexts() + " distinct text").contains(newest.outletCount() + " outlet")
                .contains("(" + newest.independentOutlets() + " independent)");
        String outlet = store.outlets().outlets().get(0).outlet();
        int expected = (int) store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0, outlet, null, null)).total();
        WebElement filters = driver.findElement(By.cssSelector("form.filters"));
        filters.findElement(By.name("outlet")).sendKeys(outlet);
        filters.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".count"), "with an article of " + outlet));
        assertThat(driver.findElements(By.cssSelector(".story-item"))).hasSize(expected).hasSizeLessThan(
                (int) store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0)).total());
        String day = newest.first().substring(0, 10);
        driver.get(base + "/#/?from=" + day + "&to=" + day);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".count"), "from " + day));
        assertThat(driver.findElements(By.cssSelector(".story-item"))).hasSize(
                (int) store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, 100, 0, null, day, day)).total());
        screenshot("list-filtered.png");
        assertNoConsoleErrors();
    }

    @Test
    void checksAStatementAgainstAllStoriesAndAgainstOneShowingEvidenceAndSourcesAsText() throws Exception {
        WebDriverWait judging = new WebDriverWait(driver, Duration.ofMinutes(4));
        driver.get(base + "/");
        waitReady();
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".check-box form.check")));
        box.findElement(By.tagName("textarea")).sendKeys("Mayor Tamsin Hale opened the festival at the harbour wall.");
        box.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement result = judging.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".check-result")));
        assertThat(result.getAttribute("data-verdict")).isEqualTo("supported");
        List<WebElement> sentences = result.findElements(By.cssSelector(".check-sentence"));
        assertThat(sentences).hasSize(1);
        assertThat(sentences.get(0).findElement(By.cssSelector(".verdict")).getText()).isEqualTo("supported");
        List<WebElement> evidence = sentences.get(0).findElements(By.cssSelector(".evidence"));
        assertThat(evidence).isNotEmpty();
        assertThat(evidence.get(0).findElement(By.tagName("blockquote")).getText()).contains("Tamsin Hale opened the festival");
        WebElement source = evidence.get(0).findElement(By.cssSelector(".evidence-source a.chip"));
        assertThat(source.getText()).isEqualTo("Evil Example " + ExampleReport.IMG);
        assertThat(source.getAttribute("href")).endsWith("#/article/" + ExampleReport.MALICIOUS_ID);
        assertNoScriptRan();
        screenshot("check-all.png");

        driver.get(base + "/#/story/" + java.net.URLEncoder.encode(story.get("id").asText(), StandardCharsets.UTF_8));
        waitReady();
        WebElement storyBox = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-view .check-box form.check")));
        assertThat(storyBox.findElement(By.cssSelector("input[name=story-only]")).isSelected()).isTrue();
        String claim = story.get("claims").get(0).get("text").asText();
        storyBox.findElement(By.tagName("textarea")).sendKeys(claim);
        storyBox.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement storyResult = judging.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-view .check-result")));
        java.util.Set<String> members = new java.util.HashSet<>();
        story.get("articleIds").forEach(id -> members.add(id.asText()));
        List<WebElement> links = storyResult.findElements(By.cssSelector(".evidence-source a.chip"));
        assertThat(links).as("the story's own claim has evidence in the story").isNotEmpty();
        links.forEach(a -> {
            String href = a.getAttribute("href");
            assertThat(members).contains(java.net.URLDecoder.decode(href.substring(href.indexOf("#/article/") + 10), StandardCharsets.UTF_8));
        });
        screenshot("check-story.png");
        assertNoConsoleErrors();
    }

    @Test
    void opensTheSelfContainedHtmlReport() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "report")).resolve("examples.html").toAbsolutePath();
        Files.writeString(file, HtmlReportPage.render(ExampleReport.report()), StandardCharsets.UTF_8);
        driver.get(file.toUri().toString());
        readStoryAndMaliciousArticle("report-");
        assertThat(driver.findElements(By.cssSelector(".check-box"))).as("a file has no server to check statements").isEmpty();
        assertNoConsoleErrors();
    }
}
