package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.majlis.auth.KeycloakProfile;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader as an editor (issue 26), in Chromium: an analyst logs in on Keycloak's own page, pastes a short
 * article, accepts the drafter's suggestions with a click and with a key, makes a claim they missed of words selected
 * in the text, logs out, and an anonymous reader, in a browser of their own, then reads the accepted meeting and the
 * claim added as claims of the document. The token never shows in a URL
 * nor stays in localStorage.
 */
class EditorIT extends InEditor {

    private static final String TEXT = "Russian Foreign Minister Sergei Lavrov received Khalifa Haftar in Moscow on Monday. "
            + "Russia has backed Haftar politically since 2019.";
    private static final String ARABIC = "استقبل وزير الخارجية الروسي سيرغي لافروف المشير خليفة حفتر في موسكو يوم الاثنين.";


    @Test
    void anAnalystLogsInPastesAnArticleAndAcceptsItsDraftsWhichAnAnonymousReaderThenReads() throws Exception {
        try {
            logInPasteAndDecide();
        } catch (AssertionError | RuntimeException e) {
            // What the browser showed when it went wrong: its address and text, and a screenshot.
            WebDriver browser = InBrowser.browser();
            InBrowser.screenshot("editor-failure");
            throw new AssertionError("at " + browser.getCurrentUrl() + " the page reads:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /**
     * Words selected with the mouse in Arabic text, from the first letter's right edge to the last letter's left edge
     * (right to left on the screen), across the marks of two quotes: the quote they make is exactly those words, at
     * their offsets in the text (a long-standing trouble of annotation tools with right-to-left text).
     */
    @Test
    void aMouseSelectionInArabicTextIsExactlyTheQuoteItMakes() throws Exception {
        InBrowser.quitTheBrowser(); // a browser of its own: Keycloak asks for the password again
        WebDriver browser = InBrowser.browser();
        try {
            logIn(browser);
            pasteAndDraft(browser, "لافروف وحفتر", "2024-06-11", "ar", ARABIC);
            String words = "سيرغي لافروف المشير";
            int start = ARABIC.indexOf(words);
            int end = start + words.length();
            new Annotator(browser).selectWords(words, 0); // from the first letter's right edge to the last one's left
            WebElement quote = browser.findElement(By.cssSelector(".selection .selected-quote"));
            InBrowser.screenshot("editor-rtl-selection");
            assertEquals(words, quote.getText());
            WebElement selection = browser.findElement(By.cssSelector(".selection"));
            assertEquals(start + " " + end, selection.getAttribute("data-start") + " " + selection.getAttribute("data-end"));
            assertEquals("rtl", quote.getAttribute("dir"));
        } catch (AssertionError | RuntimeException e) {
            InBrowser.screenshot("editor-rtl-selection-failure");
            throw e;
        }
    }

    /**
     * A name the graph lacks, selected in Arabic text, becomes a new person (with the English name the API asks for);
     * the words selected then find him in a claim's picker, whatever script the search is typed in.
     */
    @Test
    void aSelectedNameTheGraphLacksBecomesANewPersonFoundByThoseWords() throws Exception {
        InBrowser.quitTheBrowser(); // a browser of its own: Keycloak asks for the password again
        WebDriver browser = InBrowser.browser();
        try {
            logIn(browser);
            pasteAndDraft(browser, "الباعور يلتقي السفير الروسي", "2024-06-12", "ar",
                    "التقى وزير الخارجية المكلف الطاهر الباعور السفير الروسي أيدار أغانين في طرابلس.");
            Annotator hands = new Annotator(browser);
            String name = "أيدار أغانين";
            hands.selectWords(name, 0);
            hands.click(By.cssSelector(".selection button.new-person"));
            assertEquals(name, hands.field("names.0.text").getAttribute("value"));
            hands.type("names.1.text", "Aidar Aganin");
            hands.click(By.xpath("//button[normalize-space(.)='Add the person']"));
            hands.status("Added: Aidar Aganin (Actor:aidar-aganin)");

            hands.quote("السفير الروسي أيدار أغانين");
            hands.choose("claimKind", "ROLE");
            hands.selectWords(name, 0);
            hands.pickSelected("actor", "Actor:aidar-aganin");
            hands.type("title.en", "Ambassador of Russia");
            hands.pick("organisation", "Russia", "Organisation:russia");
            hands.click(By.xpath("//button[normalize-space(.)='Add the role']"));
            hands.status("Added: Role ");
            WebElement role = browser.findElement(By.xpath("//aside//article[contains(@class, 'claim-role')]//h3"));
            assertEquals("Aidar Aganin: Ambassador of Russia", role.getText());
            InBrowser.screenshot("editor-new-person");
        } catch (AssertionError | RuntimeException e) {
            InBrowser.screenshot("editor-new-person-failure");
            throw e;
        }
    }

    private static void logInPasteAndDecide() throws Exception {
        WebDriver browser = InBrowser.browser();
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        logIn(browser);
        InBrowser.screenshot("editor-logged-in");

        // A Tuesday: the article's Monday is the day before.
        String slug = pasteAndDraft(browser, "Lavrov receives Haftar", "2024-06-04", "en", TEXT);
        WebElement meeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggestion[data-kind=MEETING]")));
        String summary = meeting.findElement(By.tagName("h3")).getText();
        assertTrue(summary.startsWith("Sergei Lavrov receives Khalifa Haftar in Moscow"), summary);
        assertFalse(browser.findElements(By.cssSelector("article.source mark.quote.suggested-only")).isEmpty(),
                "the suggestions' words are not marked in the text");
        int open = browser.findElements(By.cssSelector(".suggestion")).size();
        InBrowser.screenshot("editor-suggestions");

        // An edit the API refuses is told beside the field it concerns; the analyst then accepts it as proposed.
        meeting.findElement(By.cssSelector("button.edit")).click();
        WebElement date = meeting.findElement(By.cssSelector("input[name='date.iso']"));
        date.clear();
        date.sendKeys("2024-13-03");
        meeting.findElement(By.xpath(".//button[normalize-space(.)='Accept as edited']")).click();
        wait.until(ExpectedConditions.attributeToBe(date, "aria-invalid", "true"));
        WebElement dateErrors = browser.findElement(By.id(date.getAttribute("aria-describedby")));
        assertFalse(dateErrors.getText().isBlank(), "no error beside the date");
        InBrowser.screenshot("editor-edit-refused");
        meeting.findElement(By.xpath(".//button[normalize-space(.)='Cancel']")).click();

        meeting.findElement(By.cssSelector("button.accept")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"), "Accepted: " + summary));
        WebElement confirmed = browser.findElement(By.xpath("//aside//article[contains(@class, 'claim-meeting')]//h3"));
        assertTrue(summary.startsWith(confirmed.getText()), confirmed.getText() + " is not the meeting accepted: " + summary);
        assertEquals(open - 1, browser.findElements(By.cssSelector(".suggestion")).size());

        // The next suggestion (the drafter proposes this article as a further source of Lavrov's known role) has the
        // focus after a decision: a key accepts it.
        List<WebElement> left = browser.findElements(By.cssSelector(".suggestion"));
        assertFalse(left.isEmpty(), "only the meeting was suggested");
        String next = left.get(0).findElement(By.tagName("h3")).getText();
        assertEquals(left.get(0), browser.switchTo().activeElement(), "the focus is not on the next suggestion");
        left.get(0).sendKeys("a");
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"), "Accepted: " + next));
        if (!browser.findElements(By.cssSelector(".suggestion")).isEmpty()) {
            String rejected = browser.findElement(By.cssSelector(".suggestion h3")).getText();
            browser.switchTo().activeElement().sendKeys("r");
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"), "Rejected: " + rejected));
        }
        InBrowser.screenshot("editor-decided");

        // What the drafts missed (they draft no relationship): the analyst selects the words that say it, and makes a
        // relationship of them, finding Russia and Haftar by name.
        Annotator hands = new Annotator(browser);
        String words = "Russia has backed Haftar politically since 2019";
        hands.quote(words);
        assertEquals(words, browser.findElement(By.cssSelector(".gathered-quotes q")).getText());
        hands.choose("claimKind", "RELATIONSHIP");
        hands.pick("subject", "Russia", "Organisation:russia");
        hands.choose("kind", "POLITICAL_SUPPORT");
        hands.pick("object", "حفتر", "Actor:khalifa-haftar");
        hands.type("description.en", "Russia backs Haftar politically.");
        hands.type("start.iso", "2019");
        InBrowser.screenshot("editor-new-claim");
        hands.click(By.xpath("//button[normalize-space(.)='Add the relationship']"));
        hands.status("Added: Relationship ");
        WebElement relationship = browser.findElement(By.xpath("//aside//article[contains(@class, 'claim-relationship')]"));
        assertTrue(relationship.getText().contains("Russia gives political support to Khalifa Haftar"), relationship.getText());
        String marked = browser.findElements(By.cssSelector("article.source mark.quote:not(.suggested-only)")).stream()
                .map(WebElement::getText).collect(Collectors.joining());
        assertTrue(marked.contains(words), "the relationship's words are not marked as a claim's: " + marked);

        // In Arabic, read right to left: every suggestion of one kind accepted at once.
        pasteAndDraft(browser, "لافروف يستقبل حفتر", "2024-06-04", "ar", ARABIC);
        assertEquals("rtl", browser.findElement(By.cssSelector("article.source")).getAttribute("dir"));
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggestion")));
        String kind = first.getAttribute("data-kind");
        int ofKind = browser.findElements(By.cssSelector(".suggestion[data-kind=" + kind + "]")).size();
        new Select(browser.findElement(By.cssSelector(".accept-all [name=kind]"))).selectByValue(kind);
        WebElement score = browser.findElement(By.name("score"));
        score.clear();
        score.sendKeys("0");
        browser.findElement(By.xpath("//button[normalize-space(.)='Accept all']")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".editor-status"),
                "Accepted " + ofKind + (ofKind == 1 ? " suggestion." : " suggestions.")));
        assertTrue(browser.findElements(By.cssSelector(".suggestion[data-kind=" + kind + "]")).isEmpty(), "some are still open");
        InBrowser.screenshot("editor-accepted-all");

        String token = (String) js(browser, "return JSON.parse(sessionStorage.getItem('majlis.login.session')).accessToken");
        assertTrue(token.length() > 100, token);
        assertFalse(browser.getCurrentUrl().contains(token), "the token is in the URL");
        assertEquals(0L, js(browser, "return localStorage.length"), "localStorage holds something");

        // Log out forgets the token and ends Keycloak's session, which asks to confirm, and comes back logged out.
        browser.findElement(By.xpath("//header//button[normalize-space(.)='Log out']")).click();
        wait.until(ExpectedConditions.urlContains(KeycloakProfile.REALM));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("kc-logout"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//header//button[normalize-space(.)='Log in']")));
        assertEquals(0L, js(browser, "return sessionStorage.length"), "the session outlives the logout");

        // Another browser, that never logged in, reads the accepted meeting as a claim of the document.
        InBrowser.quitTheBrowser();
        WebDriver reader = InBrowser.browser();
        reader.get("http://localhost:" + app.port + "/reader/#/document/" + slug);
        WebElement claim = new WebDriverWait(reader, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//aside//article[contains(@class, 'claim-meeting')]")));
        assertTrue(summary.startsWith(claim.findElement(By.tagName("h3")).getText()), claim.getText());
        assertTrue(reader.findElement(By.xpath("//aside//article[contains(@class, 'claim-relationship')]")).getText()
                .contains("Russia gives political support to Khalifa Haftar"), "the relationship added is not the document's");
        assertTrue(reader.findElements(By.cssSelector("#account .user")).isEmpty(), "the anonymous reader is logged in");
        InBrowser.screenshot("editor-anonymous-reader");
    }

    /** Logs in as analyst on Keycloak's own page, from the reader's header. */
    private static void logIn(WebDriver browser) throws Exception {
        logIn(browser, "http://localhost:" + app.port + "/reader/", "analyst");
    }

    private static Object js(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
