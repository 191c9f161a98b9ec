package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import org.majlis.auth.KeycloakProfile;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every editor test begins with, as an analyst does it: the app taking Keycloak's tokens (a test class that
 * extends this one gets one of its own, on the bundled seeds), logging in on Keycloak's own page (the realm's users'
 * passwords are their names), and pasting an article on New document, which drafts it.
 */
abstract class InEditor {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static PackagedApp app;

    @BeforeAll
    static void theAppTakingKeycloaksTokens() throws Exception {
        app = app(Map.of());
    }

    @AfterAll
    static void stopTheBrowserAndTheApp() throws Exception {
        InBrowser.quitTheBrowser();
        if (app != null) {
            app.close();
        }
    }

    /**
     * The packaged app taking the project's Keycloak's tokens, on a database of its own, with more environment if
     * given (other seeds); the test is skipped without Keycloak ({@value KeycloakProfile#ENABLED}), and skipped or
     * failed without Chromium as InBrowser says.
     */
    static PackagedApp app(Map<String, String> more) throws IOException, InterruptedException {
        Assumptions.assumeTrue("true".equals(System.getenv(KeycloakProfile.ENABLED)),
                KeycloakProfile.ENABLED + " is not true: bash .ci/start-keycloak, then set it");
        InBrowser.browser();
        Path data = Files.createTempDirectory("majlis-editor");
        Map<String, String> environment = new HashMap<>(more);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + data.resolve("majlis"));
        environment.put("MAJLIS_AUTH_ISSUER", KeycloakProfile.REALM);
        PackagedApp app = PackagedApp.start(environment);
        assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
        return app;
    }

    /**
     * Opens the reader at a page and logs in from its header as the user; the reader never sees the password, and
     * the login's answer does not stay in the URL.
     */
    static void logIn(WebDriver browser, String page, String user) throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        browser.get("about:blank"); // a page given only a new fragment would not load again
        browser.get(page);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//header//button[normalize-space(.)='Log in']"))).click();
        wait.until(ExpectedConditions.urlContains(KeycloakProfile.REALM));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        InBrowser.screenshot("editor-keycloak-login", browser);
        browser.findElement(By.id("kc-login")).click();
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account .user")));
        assertEquals("Logged in as " + user, shown.getText());
        assertFalse(browser.getCurrentUrl().contains("code=") || browser.getCurrentUrl().contains("state="),
                "the login's answer stays in the URL: " + browser.getCurrentUrl());
    }

    /** Fills New document (publisher Example News) and sends it; waits for its editor page, and answers its slug. */
    static String pasteAndDraft(WebDriver browser, String title, String date, String language, String text) throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        browser.findElement(By.linkText("New document")).click();
        fill(browser, title, date, language, text);
        InBrowser.screenshot("editor-new-document-" + language, browser);
        browser.findElement(By.xpath("//button[normalize-space(.)='Add and draft']")).click();
        wait.until(ExpectedConditions.urlContains("#/draft/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".editor-page article.source")));
        return browser.getCurrentUrl().replaceFirst(".*#/draft/", "");
    }

    /** Fills New document's form, without sending it. */
    static void fill(WebDriver browser, String title, String date, String language, String text) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.name("title"))).sendKeys(title);
        browser.findElement(By.name("publisher")).sendKeys("Example News");
        // A date input types in the browser's locale: the date is set whole.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('[name=publishedOn]').value = arguments[0]", date);
        new Select(browser.findElement(By.name("language"))).selectByValue(language);
        browser.findElement(By.cssSelector("main textarea[name=text]")).sendKeys(text); // the header's search box is a text too
    }
}
