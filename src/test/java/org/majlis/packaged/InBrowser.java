package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tests that use the packaged app as a person does, in Debian's Chromium ({@code bash .ci/install-chromium}).
 * <p>
 * Selenium rather than Playwright for Java or puppeteer-core: Debian builds {@code chromedriver} from the same
 * sources as its {@code chromium}, so the driver always matches the browser, and Selenium speaks W3C WebDriver to
 * it from the JVM with nothing else to run. Playwright for Java carries a Node driver of its own and is released
 * against its own Chromium builds, whose protocol may run ahead of or behind Debian's; puppeteer-core would put
 * Node between the tests and the browser. Both paths are given, so Selenium Manager never looks for a driver or a
 * browser to download.
 * <p>
 * With {@value #REQUIRED}=true (.ci/run sets it) a missing Chromium fails the tests; otherwise they are skipped
 * where it is missing, like the PostgreSQL tests without their server.
 */
abstract class InBrowser {

    static final String REQUIRED = "MAJLIS_BROWSER_TESTS";
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** What each test showed at its end, for a person to look at after a run. */
    static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

    private static final ObjectMapper JSON = new ObjectMapper();

    static PackagedApp app;
    private static WebDriver driver;
    /** Browsers a test opened beside the first, each with a profile of its own: a second user, say. */
    private static final List<WebDriver> others = new ArrayList<>();

    /**
     * What a test class adds to the app's environment, as NAME=value (other seeds, say); PackagedApp runs it in the
     * project's folder, so a relative path is the project's. Read here rather than by a {@code @BeforeAll} of the
     * class's own: JUnit runs a superclass's lifecycle method as well as a subclass's static one of the same name,
     * and the app it started would be left running.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface AppEnvironment {
        String[] value();
    }

    @BeforeAll
    static void startTheApp(TestInfo test) throws Exception {
        Map<String, String> environment = new HashMap<>();
        test.getTestClass().map(c -> c.getAnnotation(AppEnvironment.class)).ifPresent(declared -> {
            for (String variable : declared.value()) {
                int equals = variable.indexOf('=');
                environment.put(variable.substring(0, equals), variable.substring(equals + 1));
            }
        });
        app = PackagedApp.start(environment);
        if (!app.awaitReady(Duration.ofSeconds(60))) {
            fail("the app did not start:\n" + app.output());
        }
    }

    @AfterAll
    static void stopTheBrowserAndTheApp() throws Exception {
        try {
            quitTheBrowser();
        } finally {
            app.close();
        }
    }

    /** For a test that drives the browser against apps of its own, at its end; the other browsers go with it. */
    static void quitTheBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        others.forEach(WebDriver::quit);
        others.clear();
    }

    /** The browser, started on first use; a test that needs it is skipped or fails here when Chromium is missing. */
    static WebDriver browser() throws IOException {
        if (driver == null) {
            driver = chromium();
        }
        return driver;
    }

    /**
     * Another browser beside {@link #browser()}, with cookies and storage of its own, as a second person at another
     * computer has: quit with it by {@link #quitTheBrowser()}.
     */
    static WebDriver anotherBrowser() throws IOException {
        WebDriver other = chromium();
        others.add(other);
        return other;
    }

    private static WebDriver chromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv(REQUIRED))) {
            fail(REQUIRED + "=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: run bash .ci/install-chromium");
        }
        Assumptions.assumeTrue(installed, "no Chromium at " + CHROMIUM + ": bash .ci/install-chromium installs it");
        Path profile = Files.createTempDirectory("majlis-chromium");
        // Headless as root on a machine whose only network is loopback: without the background-networking
        // flags Chromium keeps trying to reach Google's services.
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waiting(Duration timeout) throws IOException {
        return new WebDriverWait(browser(), timeout);
    }

    static void screenshot(String name) throws IOException {
        screenshot(name, browser());
    }

    /** What one of the browsers shows, another's say. */
    static void screenshot(String name, WebDriver browser) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The answer the API itself gives to a query: what the browser must show. */
    static JsonNode answer(String query) throws Exception {
        var response = app.postGraphQL(JSON.writeValueAsString(Map.of("query", query)));
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || body.has("errors")) {
            fail("the API did not answer " + query + ": " + response.body());
        }
        return body.path("data");
    }
}
