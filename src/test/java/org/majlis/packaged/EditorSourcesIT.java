package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor and the claims the graph already holds (issue 26), in Chromium with Keycloak: an article that reports a
 * meeting of the bundled seeds in another place is offered as a further source of it, side by side with what the
 * graph holds and the difference marked, and accepting it records the disagreement the claim's page then shows. And
 * the editor's session outlives its five-minute access token: an expired token is refreshed before a write, a
 * refused one is refreshed and the write sent again, and a refresh token the provider refuses ends the session.
 */
class EditorSourcesIT extends InEditor {

    private static final String MEETING = "Meeting:2023-08-benghazi-yevkurov-haftar";
    /** The bundled article has the visit in Benghazi, last August (2023-08); this report has it in Tripoli. */
    private static final String TRIPOLI = "Russian Deputy Defence Minister Yunus-Bek Yevkurov met Khalifa Haftar in Tripoli on 22 August 2023.";
    /** In Benghazi, as the bundled article has it, but a day after the Tripoli report's: a date no day can agree with. */
    private static final String BENGHAZI = "Khalifa Haftar received Yunus-Bek Yevkurov in Benghazi on 23 August 2023.";
    private static final String LAVROV = "Russian Foreign Minister Sergei Lavrov received Khalifa Haftar in Moscow on Monday.";
    private static final String SESSION = "majlis.login.session";
    /** The bundled article's talks, which no other test here reports again. */
    private static final String TALKS = "Meeting:2024-05-13-moscow-libya-russia";
    private static final String MOSCOW_TALKS = "Abdullah al-Lafi and al-Taher al-Baour met Sergei Lavrov in Moscow on 13 May 2024.";


    @Test
    void aReportOfAKnownMeetingIsShownBesideItAndAcceptingItRecordsTheDisagreement() throws Exception {
        showingThePage("editor-known-failure", () -> {
            WebDriver browser = loggedIn();
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

            // The bundled meeting beside this report: the place differs, the date (a day of the same month) agrees.
            pasteAndDraft(browser, "Yevkurov in Tripoli", "2023-08-24", "en", TRIPOLI);
            WebElement card = sourceCard(browser);
            assertEquals("Benghazi", cell(card, "place", 1).getText());
            assertTrue(cell(card, "place", 2).getText().startsWith("Tripoli\nDisagrees with Al-Araby Al-Jadeed (2024-05-13)"),
                    cell(card, "place", 2).getText());
            assertTrue(row(card, "place").getAttribute("class").contains("disagrees"));
            assertTrue(cell(card, "date", 2).getText().contains("2023-08-22"), cell(card, "date", 2).getText());
            assertTrue(cell(card, "date", 2).getText().endsWith("Agrees with its sources."), cell(card, "date", 2).getText());
            assertFalse(row(card, "date").getAttribute("class").contains("disagrees"));
            assertTrue(cell(card, "status", 2).getText().startsWith("does not say"), cell(card, "status", 2).getText());
            assertTrue(cell(card, "participants", 2).getText().contains("Khalifa Haftar"), cell(card, "participants", 2).getText());
            assertEquals("Accepting records 1 disagreement: on the place.", card.findElement(By.cssSelector(".known-claim-verdict")).getText());
            assertTrue(card.getText().contains("It has one source so far."), card.getText());
            inView(browser, card.findElement(By.cssSelector(".known-claim")));
            InBrowser.screenshot("editor-known-side-by-side");

            String summary = card.findElement(By.tagName("h3")).getText();
            card.findElement(By.cssSelector("button.accept")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"), "Accepted: " + summary));
            WebElement confirmed = browser.findElement(By.cssSelector("aside article.claim-meeting[data-claim='" + MEETING + "']"));
            assertTrue(confirmed.getText().contains("Reported by 2 sources"), confirmed.getText());
            assertFalse(confirmed.findElements(By.cssSelector(".disagreement[data-about=PLACE]")).isEmpty(), confirmed.getText());
            inView(browser, confirmed);
            InBrowser.screenshot("editor-known-accepted");

            // A second report, in Benghazi a day later: it disagrees with the Tripoli report on both, and the
            // disagreement the first one recorded is listed under the side by side.
            pasteAndDraft(browser, "Haftar receives Yevkurov", "2023-08-25", "en", BENGHAZI);
            WebElement second = sourceCard(browser);
            assertTrue(cell(second, "date", 2).getText().contains("Disagrees with Example News (2023-08-24)"), cell(second, "date", 2).getText());
            assertTrue(cell(second, "place", 2).getText().contains("Disagrees with Example News (2023-08-24)"), cell(second, "place", 2).getText());
            assertEquals("Accepting records 2 disagreements: on the date and the place.",
                    second.findElement(By.cssSelector(".known-claim-verdict")).getText());
            WebElement earlier = second.findElement(By.cssSelector(".known-claim .disagreement[data-about=PLACE]"));
            assertTrue(earlier.getText().contains("Yevkurov in Tripoli"), earlier.getText());
            inView(browser, second.findElement(By.cssSelector(".known-claim")));
            InBrowser.screenshot("editor-known-second-report");
            String secondSummary = second.findElement(By.tagName("h3")).getText();
            second.findElement(By.cssSelector("button.accept")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"), "Accepted: " + secondSummary));

            // The claim's first report, read as anyone reads it: three sources, disagreeing on the date and the place.
            WebElement editor = browser.findElement(By.cssSelector(".editor-page"));
            browser.get("http://localhost:" + app.port + "/reader/#/document/000_de159ab6a08af78c");
            wait.until(ExpectedConditions.stalenessOf(editor)); // it too lists the meeting's card
            WebElement claim = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("aside article[data-claim='" + MEETING + "']")));
            assertTrue(claim.getText().contains("Reported by 3 sources"), claim.getText());
            assertFalse(claim.findElements(By.cssSelector(".disagreement[data-about=DATE]")).isEmpty(), claim.getText());
            assertFalse(claim.findElements(By.cssSelector(".disagreement[data-about=PLACE]")).isEmpty(), claim.getText());
            inView(browser, claim);
            InBrowser.screenshot("editor-known-claim-page");
        });
    }

    /**
     * Words selected that report a meeting the graph holds: as its people are picked, the meeting is offered; the
     * analyst sees it beside what this document says and adds the document as its further source, not a second
     * meeting.
     */
    @Test
    void wordsSelectedThatReportAKnownMeetingMakeTheDocumentItsFurtherSource() throws Exception {
        showingThePage("editor-known-selection-failure", () -> {
            WebDriver browser = loggedIn();
            pasteAndDraft(browser, "Al-Lafi and al-Baour in Moscow", "2024-05-14", "en", MOSCOW_TALKS);
            Annotator hands = new Annotator(browser);
            hands.quote("Abdullah al-Lafi and al-Taher al-Baour met Sergei Lavrov in Moscow");
            hands.choose("claimKind", "MEETING");
            hands.type("title.en", "Al-Lafi and al-Baour meet Lavrov");
            hands.type("date.iso", "2024-05-13");
            hands.pick("participants.0.actor", "Lavrov", "Actor:sergei-lavrov");
            hands.pick("participants.1.actor", "Lafi", "Actor:abdullah-al-lafi");
            hands.pick("place", "Moscow", "Place:moscow");
            hands.click(By.cssSelector(".known-matches button.this-one[data-id='" + TALKS + "']"));
            WebElement offered = hands.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".known-matches table.side-by-side")));
            assertEquals("Nothing this document says disagrees with the claim's sources.",
                    browser.findElement(By.cssSelector(".known-matches .known-claim-verdict")).getText());
            assertTrue(offered.getText().contains("Sergei Lavrov"), offered.getText());
            inView(browser, offered);
            InBrowser.screenshot("editor-known-selection");
            hands.click(By.cssSelector(".known-matches button.add-source"));
            hands.status("Added: this document as a source of " + TALKS);
            WebElement confirmed = browser.findElement(By.cssSelector("aside article.claim-meeting[data-claim='" + TALKS + "']"));
            assertTrue(confirmed.getText().contains("this document (Example News, 2024-05-14)"), confirmed.getText());
        });
    }

    @Test
    void theSessionOutlivesItsAccessTokenUntilTheProviderRefusesToRefreshIt() throws Exception {
        showingThePage("editor-known-session-failure", () -> {
            WebDriver browser = loggedIn();
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
            pasteAndDraft(browser, "Lavrov receives Haftar", "2024-06-04", "en", LAVROV);
            assertTrue(js(browser, "return JSON.parse(sessionStorage.getItem('" + SESSION + "')).refreshToken") instanceof String,
                    "no refresh token was kept");

            // Expired, as the browser's clock has it: refreshed before the write, which goes through.
            String before = storedToken(browser);
            alterSession(browser, "s.expiresAt = Date.now() - 1000");
            WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggestion[data-kind=MEETING]")));
            String summary = meeting.findElement(By.tagName("h3")).getText();
            meeting.findElement(By.cssSelector("button.accept")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"), "Accepted: " + summary));
            assertNotEquals(before, storedToken(browser), "the token was not refreshed");
            assertTrue((Boolean) js(browser, "return JSON.parse(sessionStorage.getItem('" + SESSION + "')).expiresAt > Date.now() + 60000"));

            // Refused by the API though the browser thinks it valid: refreshed, and the write sent again.
            alterSession(browser, "s.accessToken = 'refused.by.the.api'");
            WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggestion[data-kind=SOURCE]")));
            inView(browser, wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(source, By.cssSelector(".known-claim table"))));
            InBrowser.screenshot("editor-known-role");
            String role = source.findElement(By.tagName("h3")).getText();
            source.findElement(By.cssSelector("button.accept")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"), "Accepted: " + role));
            assertTrue(storedToken(browser).length() > 100, storedToken(browser));

            // A refresh token Keycloak refuses: nothing is written, the session is dropped, and the page says so.
            alterSession(browser, "s.expiresAt = Date.now() - 1000; s.refreshToken = 'forged'");
            browser.findElement(By.linkText("New document")).click();
            fill(browser, "Never added", "2024-06-05", "en", LAVROV);
            browser.findElement(By.xpath("//button[normalize-space(.)='Add and draft']")).click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-form .form-errors"),
                    "Your session has ended: log in again."));
            assertNull(js(browser, "return sessionStorage.getItem('" + SESSION + "')"), "the session outlives a refused refresh");
            // The header says so at once, on the same page.
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//header//button[normalize-space(.)='Log in']")));
            InBrowser.screenshot("editor-known-session-ended");
        });
    }

    private interface Steps {
        void run() throws Exception;
    }

    /** Runs a test's steps; when they fail, says what the browser showed: its address and text, and a screenshot. */
    private static void showingThePage(String screenshot, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (AssertionError | RuntimeException e) {
            WebDriver browser = InBrowser.browser();
            InBrowser.screenshot(screenshot);
            throw new AssertionError("at " + browser.getCurrentUrl() + " the page reads:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** A browser of its own, logged in as analyst on Keycloak's page: each test begins with a session of its own. */
    private static WebDriver loggedIn() throws Exception {
        InBrowser.quitTheBrowser();
        WebDriver browser = InBrowser.browser();
        logIn(browser, "http://localhost:" + app.port + "/reader/", "analyst");
        return browser;
    }

    /** The suggestion that proposes the document as a further source of the meeting, once its claim has been read. */
    private static WebElement sourceCard(WebDriver browser) {
        String card = "//article[contains(@class, 'suggestion') and @data-kind='SOURCE'][.//h3[contains(., '" + MEETING + "')]]";
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(card + "//table[contains(@class, 'side-by-side')]")));
        return browser.findElement(By.xpath(card));
    }

    private static WebElement row(WebElement card, String field) {
        return card.findElement(By.cssSelector("table.side-by-side tr[data-field=" + field + "]"));
    }

    /** A row's cell: 1 what the graph holds, 2 what this document says. */
    private static WebElement cell(WebElement card, String field, int column) {
        return row(card, field).findElements(By.tagName("td")).get(column - 1);
    }

    private static String storedToken(WebDriver browser) {
        return (String) js(browser, "return JSON.parse(sessionStorage.getItem('" + SESSION + "')).accessToken");
    }

    /** Changes the stored session as time or a forger would: s is the session, changed by the script given. */
    private static void alterSession(WebDriver browser, String change) {
        js(browser, "const s = JSON.parse(sessionStorage.getItem('" + SESSION + "')); " + change + "; sessionStorage.setItem('"
                + SESSION + "', JSON.stringify(s));");
    }

    /** Scrolls the element to the top of its column, for the screenshot. */
    private static void inView(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
    }

    private static Object js(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
