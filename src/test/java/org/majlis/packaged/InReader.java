package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.devtools.v156.log.Log;
import org.openqa.selenium.devtools.v156.log.model.LogEntry;
import org.openqa.selenium.devtools.v156.network.Network;
import org.openqa.selenium.devtools.v156.runtime.Runtime;
import org.openqa.selenium.devtools.v156.runtime.model.ConsoleAPICalled;

/**
 * Tests of the reader bundled with the service (/reader/) in Chromium: after each test, the browser must have
 * logged no error and asked nothing of any host but the service. The pages are opened and read by the helpers
 * here, which ReaderIT (the bundled seeds) and ReaderSourcesIT (a claim with two sources) share.
 */
abstract class InReader extends InBrowser {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final List<String> requests = new CopyOnWriteArrayList<>();
    private static final List<String> errors = new CopyOnWriteArrayList<>();
    private static DevTools devTools;

    /** Listens, through the DevTools protocol, to every request the pages make and every error they log. */
    @BeforeEach
    void listen() throws Exception {
        WebDriver browser = browser();
        browser.manage().window().setSize(new Dimension(1400, 1000));
        if (devTools == null) {
            devTools = ((HasDevTools) browser).getDevTools();
            devTools.createSessionIfThereIsNotOne();
            devTools.send(Network.enable(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            devTools.send(Runtime.enable());
            devTools.send(Log.enable());
            devTools.addListener(Network.requestWillBeSent(), sent -> requests.add(sent.getRequest().getUrl()));
            devTools.addListener(Runtime.exceptionThrown(), thrown -> errors.add("exception: " + thrown.getExceptionDetails().getText()
                    + thrown.getExceptionDetails().getException().flatMap(e -> e.getDescription()).map(d -> " " + d).orElse("")));
            devTools.addListener(Runtime.consoleAPICalled(), call -> {
                if (call.getType() == ConsoleAPICalled.Type.ERROR || call.getType() == ConsoleAPICalled.Type.WARNING) {
                    errors.add("console." + call.getType() + ": " + call.getArgs());
                }
            });
            // Failed loads, refusals of the Content-Security-Policy and other messages of the browser itself.
            devTools.addListener(Log.entryAdded(), entry -> {
                if (entry.getLevel() == LogEntry.Level.ERROR || entry.getLevel() == LogEntry.Level.WARNING) {
                    errors.add(entry.getSource() + " " + entry.getLevel() + ": " + entry.getText() + " " + entry.getUrl().orElse(""));
                }
            });
        }
        requests.clear();
        errors.clear();
    }

    @AfterEach
    void thePagesLoggedNoErrorAndAskedNothingOfAnotherHost() {
        if (devTools == null) {
            return; // no browser here: the test was skipped before it opened a page (JUnit runs this all the same)
        }
        String service = "http://localhost:" + app.port + "/";
        assertFalse(requests.isEmpty(), "the DevTools listener saw no request at all");
        List<String> elsewhere = requests.stream()
                .filter(url -> !url.startsWith(service) && !url.startsWith("data:") && !url.equals("about:blank")).toList();
        assertEquals(List.of(), elsewhere, "requests that left the service");
        assertEquals(List.of(), errors, "errors the pages logged");
    }

    /** InBrowser quits the browser after each class: the next class listens to a browser of its own. */
    @AfterAll
    static void forgetTheListener() {
        devTools = null;
    }

    /**
     * Opens a page of the service afresh and waits until the reader has rendered it. From a page that differs only
     * in its fragment the browser would not load anything, and the last test's page would still be there.
     */
    static WebDriver open(String path) throws Exception {
        WebDriver browser = browser();
        browser.get("about:blank");
        browser.get("http://localhost:" + app.port + path);
        waiting(PATIENCE).until(driver -> ((JavascriptExecutor) driver)
                .executeScript("return !document.getElementById('main').hasAttribute('aria-busy') && !!document.querySelector('main h1')"));
        return browser;
    }

    static WebElement markWithin(WebDriver browser, int start, int end) {
        for (WebElement mark : browser.findElements(By.cssSelector("article.source mark.quote"))) {
            if (Integer.parseInt(mark.getAttribute("data-start")) >= start && Integer.parseInt(mark.getAttribute("data-end")) <= end) {
                return mark;
            }
        }
        throw new AssertionError("no highlight within " + start + "-" + end);
    }

    static String selectedText() throws Exception {
        return (String) js("return [...document.querySelectorAll('mark.quote.selected')].map(m => m.textContent).join('')");
    }

    static boolean inViewport(WebElement element) throws Exception {
        return (Boolean) ((JavascriptExecutor) browser()).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;""", element);
    }

    static Object js(String script) throws Exception {
        return ((JavascriptExecutor) browser()).executeScript(script);
    }
}
