package dev.annalist.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The widget in a real browser (Debian's Chromium, headless), embedded with its one script tag in a page
 * of another origin, as a museum's site would: ask, stream, cite, rate, survive a reload, keyboard and
 * Escape, markup shown as text, errors with Retry, full screen on a phone, and the demo page's timeline.
 * Skipped only when Chromium is not installed; nothing is ever downloaded (explicit browser and driver).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.index-dir=target/test-index")
class WidgetBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "widget-screenshot.png");
    /** Generous, as the first answer loads the embedding model on a busy machine; waits end as soon as they can. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static HttpServer hostSite;
    private static volatile int appPort;
    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    /** The other origin: a plain page that embeds the widget from the app, started before the app. */
    @DynamicPropertySource
    static void allowTheHostSite(DynamicPropertyRegistry registry) throws IOException {
        if (hostSite == null) {
            hostSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            hostSite.createContext("/", WidgetBrowserTest::serveHostPage);
            hostSite.start();
        }
        registry.add("bot.web.allowed-origins", WidgetBrowserTest::hostOrigin);
    }

    private static String hostOrigin() {
        return "http://127.0.0.1:" + hostSite.getAddress().getPort();
    }

    /**
     * A page with careless global styles (the widget must not inherit them). With {@code ?fail=network,rate,bad}
     * its fetch fails the widget's next streamed questions in that order, so the error states can be seen.
     */
    private static void serveHostPage(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean plain = path.equals("/plain"); // a page that declares no charset anywhere
        if (!path.equals("/") && !plain) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String html = """
                <!doctype html>
                <html lang="en"><head>%s<title>County museum</title>
                <link rel="icon" href="data:,">
                <style>
                  body { margin: 0; padding: 40px 56px; background: #eef1f4; font: 20px/2.4 "DejaVu Serif", serif; color: #243447; }
                  * { letter-spacing: .06em; text-transform: uppercase; }
                  button { display: none !important; }
                  div, p { border: 1px dashed #9bb; }
                </style>
                <script>
                  (() => {
                    const failures = (new URLSearchParams(location.search).get('fail') || '').split(',').filter(Boolean);
                    const real = window.fetch.bind(window);
                    const json = (status, body, headers) => new Response(JSON.stringify(body),
                        { status, headers: Object.assign({ 'Content-Type': 'application/json' }, headers) });
                    window.fetch = (url, options) => {
                      if (String(url).includes('/api/chat/stream') && failures.length) {
                        const kind = failures.shift();
                        if (kind === 'network') return Promise.reject(new TypeError('Failed to fetch'));
                        if (kind === 'rate') return Promise.resolve(json(429,
                            { error: 'too many requests; please wait 2 s and try again', retryAfterSeconds: 2 }, { 'Retry-After': '2' }));
                        if (kind === 'bad') return Promise.resolve(json(400, { error: 'the message is 1001 characters; the limit is 1000' }));
                      }
                      return real(url, options);
                    };
                  })();
                </script>
                </head><body>
                <h1>County museum</h1>
                <p>Our winter exhibition follows the Kaluga Offensive Operation of December 1941.</p>
                <script src="http://localhost:%d/widget.js" async data-title="Ask the archive"
                        data-accent="#1d4e89" data-position="right"></script>
                </body></html>
                """.formatted(plain ? "" : "<meta charset=\"utf-8\">", appPort);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", plain ? "text/html" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at /usr/bin/chromium (apt-get install chromium chromium-driver): browser test skipped");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-extensions", "--no-first-run", "--lang=en-GB", "--window-size=1280,860");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (hostSite != null) {
            hostSite.stop(0);
        }
    }

    /** Each test in a fresh tab, so sessionStorage starts empty. */
    @BeforeEach
    void freshTab() {
        appPort = port;
        // A tab opened from another starts with a copy of its sessionStorage, where the widget keeps its
        // conversation and whether it is open: clear it first, or a test inherits the last one's widget.
        ((JavascriptExecutor) driver).executeScript("try { sessionStorage.clear(); } catch (e) {}");
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        driver.switchTo().window(old).close();
        driver.switchTo().window(fresh);
        driver.manage().window().setSize(new Dimension(1280, 860));
    }

    /** No script errors, and no request the browser refused (CORS), in any test. */
    @AfterEach
    void noConsoleErrors() {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(severe).isEmpty();
    }

    // ---- the tests -----------------------------------------------------------------------------

    @Test
    void answersWithItsCitationFromAnotherOriginAndKeepsTheConversationOverAReload() throws IOException {
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        WebElement launcher = widget.findElement(By.cssSelector(".launcher"));
        assertThat(launcher.isDisplayed()).as("the host page hides its buttons; ours stays visible").isTrue();
        launcher.click();

        WebElement panel = widget.findElement(By.cssSelector("[role=dialog]"));
        wait(WAIT).until(d -> panel.isDisplayed()); // the click opens it in the page's next frame, not at once
        assertThat(panel.getAttribute("aria-labelledby")).isEqualTo("annalist-title");
        assertThat(widget.findElement(By.cssSelector("#annalist-title")).getText()).isEqualTo("Ask the archive");
        assertThat(activeElement()).isEqualTo(widget.findElement(By.cssSelector(".composer input")));
        List<String> suggestions = wait(WAIT).until(d -> {
            List<String> chips = widget.findElements(By.cssSelector(".suggestions .chip")).stream().map(WebElement::getText).toList();
            return chips.isEmpty() ? null : chips;
        });
        assertThat(suggestions).contains("When was Kaluga liberated?");

        // record the text added while the answer streams in: progress, then the answer piece by piece
        ((JavascriptExecutor) driver).executeScript("""
                window.streamed = [];
                // By the target, not the node's parent: text replaced within one task (a fast answer's
                // progress events arrive together) is already detached when the observer runs.
                new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
                  if (n.nodeType === Node.TEXT_NODE && r.target.closest && r.target.closest('.pending')) {
                    window.streamed.push(n.data);
                  }
                }))).observe(document.querySelector('annalist-chat').shadowRoot, { childList: true, subtree: true });
                """);
        widget.findElement(By.cssSelector(".composer input")).sendKeys("When was Kaluga liberated?", Keys.ENTER);
        WebElement answer = wait(WAIT).until(d -> widget.findElement(By.cssSelector(".message.bot.answer")));
        assertThat(answer.findElement(By.cssSelector(".bubble")).getText()).isEqualTo("30 December");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.streamed")).asList()
                .as("progress, then the answer token by token").containsSubsequence("Searching the account…", "30 ", "December");
        assertThat(widget.findElements(By.cssSelector(".suggestions"))).isEmpty();

        WebElement toggle = answer.findElement(By.cssSelector(".source-toggle"));
        WebElement source = answer.findElement(By.cssSelector(".sources"));
        assertThat(source.isDisplayed()).isFalse();
        toggle.click();
        wait(WAIT).until(d -> source.isDisplayed());
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(source.findElement(By.cssSelector("blockquote")).getText()).isEqualTo("Kaluga was liberated on 30 December.");
        assertThat(source.findElement(By.cssSelector("figcaption")).getText()).contains("kaluga-offensive-operation.txt");

        WebElement up = answer.findElement(By.cssSelector(".rate-up"));
        up.click();
        wait(WAIT).until(d -> "Thanks!".equals(answer.findElement(By.cssSelector(".thanks")).getText()));
        assertThat(up.getAttribute("aria-pressed")).isEqualTo("true");

        driver.navigate().refresh();
        SearchContext again = widget();
        WebElement kept = wait(WAIT).until(d -> again.findElement(By.cssSelector(".message.bot.answer")));
        assertThat(again.findElement(By.cssSelector("[role=dialog]")).isDisplayed()).as("reopened after the reload").isTrue();
        assertThat(again.findElement(By.cssSelector(".message.user .bubble")).getText()).isEqualTo("When was Kaluga liberated?");
        assertThat(kept.findElement(By.cssSelector(".bubble")).getText()).isEqualTo("30 December");
        assertThat(kept.findElement(By.cssSelector(".rate-up")).getAttribute("aria-pressed")).isEqualTo("true");
        kept.findElement(By.cssSelector(".source-toggle")).click();
        assertThat(kept.findElement(By.cssSelector(".sources blockquote")).getText()).isEqualTo("Kaluga was liberated on 30 December.");

        // the kept session is sent back, so a follow-up resolves "it"
        again.findElement(By.cssSelector(".composer input")).sendKeys("Which town did the 49th Army liberate on 17 December?", Keys.ENTER);
        wait(WAIT).until(d -> again.findElements(By.cssSelector(".message.bot.answer")).size() == 2);
        again.findElement(By.cssSelector(".composer input")).sendKeys("When was it liberated?", Keys.ENTER);
        wait(WAIT).until(d -> again.findElements(By.cssSelector(".message.bot.answer")).size() == 3);
        List<WebElement> answers = again.findElements(By.cssSelector(".message.bot.answer .bubble"));
        assertThat(answers.get(1).getText()).isEqualTo("Aleksin");
        assertThat(answers.get(2).getText()).isEqualTo("17 December");
        screenshot(SCREENSHOT);
    }

    @Test
    void showsItsTextAsWrittenOnAPageThatDeclaresNoCharset() {
        driver.get(hostOrigin() + "/plain");
        SearchContext widget = widget();
        widget.findElement(By.cssSelector(".launcher")).click();
        WebElement input = widget.findElement(By.cssSelector(".composer input"));
        assertThat(input.getAttribute("placeholder")).isEqualTo("Ask a question\u2026");
    }

    @Test
    void worksByKeyboardAndEscapeClosesAndReturnsFocusToTheLauncher() {
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        WebElement launcher = widget.findElement(By.cssSelector(".launcher"));
        WebElement panel = widget.findElement(By.cssSelector("[role=dialog]"));
        assertThat(panel.isDisplayed()).isFalse();
        assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");

        launcher.sendKeys(Keys.ENTER);
        wait(WAIT).until(d -> panel.isDisplayed());
        WebElement input = widget.findElement(By.cssSelector(".composer input"));
        assertThat(activeElement()).as("focus goes to the input on open").isEqualTo(input);
        assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(widget.findElement(By.cssSelector("[role=log]")).getAttribute("aria-live")).isEqualTo("polite");

        input.sendKeys(Keys.ESCAPE);
        wait(WAIT).until(d -> !panel.isDisplayed());
        assertThat(activeElement()).as("focus returns to the launcher").isEqualTo(launcher);
        assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");

        launcher.sendKeys(Keys.SPACE);
        wait(WAIT).until(d -> panel.isDisplayed());
        widget.findElement(By.cssSelector(".close")).sendKeys(Keys.ENTER);
        wait(WAIT).until(d -> !panel.isDisplayed());
        assertThat(activeElement()).isEqualTo(launcher);
    }

    @Test
    void showsMarkupInAMessageAsTextAndSaysWhenTheAccountDoesNotSay() throws IOException {
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        widget.findElement(By.cssSelector(".launcher")).click();
        String markup = "<img src=x onerror=alert(1)>";
        widget.findElement(By.cssSelector(".composer input")).sendKeys(markup, Keys.ENTER);
        wait(WAIT).until(d -> widget.findElement(By.cssSelector(".message.bot:not(.pending)")));
        assertThat(widget.findElement(By.cssSelector(".message.user .bubble")).getText()).isEqualTo(markup);
        assertThat(widget.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(ExpectedConditions.alertIsPresent().apply(driver)).isNull();

        widget.findElement(By.cssSelector(".composer input")).sendKeys("Who commanded the Soviet 3rd Army?", Keys.ENTER);
        WebElement abstained = wait(WAIT).until(d -> {
            List<WebElement> bots = widget.findElements(By.cssSelector(".message.bot:not(.pending)"));
            return bots.size() == 2 ? bots.get(1) : null;
        });
        assertThat(abstained.getAttribute("class")).contains("abstained");
        assertThat(abstained.findElement(By.cssSelector(".badge")).getText()).isEqualToIgnoringCase("Not in the account");
        assertThat(abstained.findElement(By.cssSelector(".bubble")).getText()).startsWith("I could not find in the account who commanded the Soviet 3rd Army");
        screenshot(SCREENSHOT.resolveSibling("widget-screenshot-abstained.png"));
    }

    @Test
    void showsErrorsKindlyAndRetries() throws IOException {
        driver.get(hostOrigin() + "/?fail=network,rate,bad");
        SearchContext widget = widget();
        widget.findElement(By.cssSelector(".launcher")).click();
        WebElement suggestion = wait(WAIT).until(d -> widget.findElements(By.cssSelector(".suggestions .chip")).stream()
                .filter(chip -> chip.getText().equals("When was Kaluga liberated?")).findFirst().orElse(null));
        suggestion.click();

        WebElement network = wait(WAIT).until(d -> widget.findElement(By.cssSelector(".message.error[data-kind=network]")));
        assertThat(network.getText()).contains("could not reach the assistant");
        network.findElement(By.cssSelector(".retry")).click();

        WebElement rate = wait(WAIT).until(d -> widget.findElement(By.cssSelector(".message.error[data-kind=rate]")));
        assertThat(rate.getText()).contains("wait 2 seconds");
        WebElement retry = rate.findElement(By.cssSelector(".retry"));
        assertThat(retry.isEnabled()).as("Retry waits for the Retry-After").isFalse();
        screenshot(SCREENSHOT.resolveSibling("widget-screenshot-error.png"));
        wait(WAIT).until(d -> retry.isEnabled());
        retry.click();

        WebElement bad = wait(WAIT).until(d -> widget.findElement(By.cssSelector(".message.error[data-kind=bad]")));
        assertThat(bad.getText()).contains("the limit is 1000");
        bad.findElement(By.cssSelector(".retry")).click();

        WebElement answer = wait(WAIT).until(d -> widget.findElement(By.cssSelector(".message.bot.answer")));
        assertThat(answer.findElement(By.cssSelector(".bubble")).getText()).isEqualTo("30 December");
        assertThat(widget.findElements(By.cssSelector(".message.error"))).isEmpty();
        assertThat(widget.findElements(By.cssSelector(".message.user"))).hasSize(1);
    }

    @Test
    void fillsTheScreenOfAPhone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 780));
        driver.get(hostOrigin() + "/");
        SearchContext widget = widget();
        widget.findElement(By.cssSelector(".launcher")).click();
        WebElement panel = widget.findElement(By.cssSelector("[role=dialog]"));
        wait(WAIT).until(d -> panel.isDisplayed());
        long width = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight");
        wait(WAIT).until(d -> panel.getRect().getY() == 0); // the opening animation has ended
        assertThat(panel.getRect().getX()).isZero();
        assertThat((long) panel.getRect().getWidth()).isEqualTo(width);
        assertThat((long) panel.getRect().getHeight()).isEqualTo(height);
        screenshot(SCREENSHOT.resolveSibling("widget-screenshot-phone.png"));
    }

    @Test
    void theDemoPageShowsTheTimelineBesideTheWidget() {
        driver.get("http://localhost:" + port + "/");
        List<WebElement> events = wait(WAIT).until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#timeline li"));
            return items.size() >= 10 ? items : null;
        });
        assertThat(events.get(0).findElement(By.tagName("time")).getText()).isEqualTo("14 December 1941");
        assertThat(events).extracting(WebElement::getText).anyMatch(t -> t.contains("Kaluga was liberated on 30 December."));
        assertThat(driver.findElement(By.id("timeline-status")).getText()).endsWith("dated events.");
        assertThat(widget().findElement(By.cssSelector(".launcher")).isDisplayed()).isTrue();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** An explicit wait whose timeout message shows what the widget showed, to make failures readable. */
    private static WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.withMessage(() -> "the widget shows: " + ((JavascriptExecutor) driver).executeScript(
                "const h = document.querySelector('annalist-chat');"
                        + "return h ? h.shadowRoot.querySelector('[role=log]').innerText : 'no widget on ' + location.href"));
        return wait;
    }

    private static void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The widget's (open) shadow root, once the async script has added it to the page. */
    private static SearchContext widget() {
        return wait(WAIT).until(d -> {
            List<WebElement> hosts = d.findElements(By.tagName("annalist-chat"));
            return hosts.isEmpty() ? null : hosts.get(0).getShadowRoot();
        });
    }

    /** The focused element inside the widget (document.activeElement is only the shadow host). */
    private static WebElement activeElement() {
        return (WebElement) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('annalist-chat').shadowRoot.activeElement");
    }
}
