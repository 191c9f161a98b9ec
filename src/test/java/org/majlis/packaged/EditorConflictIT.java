package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two writers edit one claim at once, each in a browser of their own (issue 26): the analyst and the curator of the
 * realm both open the bundled article's Yevkurov meeting to edit it; the curator saves a new title first, and the
 * analyst's new date is refused as made on a version that has moved on. The analyst is shown, field by field, what
 * she read, what the curator saved, who saved it and when, and what she wants; she redoes her date on top, with the
 * keyboard, and the meeting ends with the curator's title and her date, which its history lists with their authors.
 * An impossible date is refused beside the field. An anonymous reader has the history and no Edit.
 */
class EditorConflictIT extends InEditor {

    private static final String DOCUMENT = "000_de159ab6a08af78c";
    private static final String CARD = "article.claim[data-claim='Meeting:2023-08-benghazi-yevkurov-haftar']";
    private static final String TITLE = "Yunus-bek Yevkurov visits Khalifa Haftar in Benghazi";
    private static final String THEIR_TITLE = "Yevkurov's fourth visit to Haftar in Benghazi";
    private static final String MY_DATE = "2023-08-21";


    @Test
    void theSecondWriterSeesWhatTheFirstChangedAndRedoesHersOnTop() throws Exception {
        WebDriver analyst = InBrowser.browser();
        WebDriver curator = InBrowser.anotherBrowser();
        try {
            editTogether(analyst, curator);
        } catch (AssertionError | RuntimeException e) {
            // What each browser showed when it went wrong.
            InBrowser.screenshot("editor-conflict-failure-analyst", analyst);
            InBrowser.screenshot("editor-conflict-failure-curator", curator);
            throw new AssertionError("the analyst's page, at " + analyst.getCurrentUrl() + ", reads:\n"
                    + analyst.findElement(By.tagName("body")).getText() + "\n\nthe curator's, at " + curator.getCurrentUrl()
                    + ", reads:\n" + curator.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static void editTogether(WebDriver analyst, WebDriver curator) throws Exception {
        // Before logging in, the curator reads the meeting as anyone does: its history (none yet), and no Edit.
        curator.get(reader() + "#/document/" + DOCUMENT);
        WebElement anonymous = card(curator);
        assertTrue(anonymous.findElements(By.cssSelector(".edit-claim")).isEmpty(), "an anonymous reader may edit");
        button(anonymous, "History").click();
        new WebDriverWait(curator, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(CARD + " .history-status"), "No change since it was imported"));
        InBrowser.screenshot("editor-conflict-anonymous-history", curator);

        logIn(analyst, "analyst");
        logIn(curator, "curator");

        // Both open the form, filled with the meeting as it is.
        button(card(analyst), "Edit").click();
        assertEquals(TITLE, visible(analyst, CARD + " input[name='title.en']").getAttribute("value"));
        button(card(curator), "Edit").click();
        WebElement title = visible(curator, CARD + " input[name='title.en']");
        assertEquals(TITLE, title.getAttribute("value"));

        // The curator saves a new title first.
        title.clear();
        title.sendKeys(THEIR_TITLE);
        button(card(curator), "Save").click();
        new WebDriverWait(curator, PATIENCE).until(ExpectedConditions.textToBe(By.cssSelector(CARD + " h3"), THEIR_TITLE));
        assertEquals("Saved: the claim is at version 2.", card(curator).findElement(By.cssSelector(".edit-status")).getText());
        InBrowser.screenshot("editor-conflict-theirs-saved", curator);

        // The analyst, on the version she read, changes the date: refused, and shown beside what the curator did.
        WebElement date = card(analyst).findElement(By.cssSelector("input[name='date.iso']"));
        assertEquals("2023-08", date.getAttribute("value"));
        date.clear();
        date.sendKeys(MY_DATE);
        button(card(analyst), "Save").click();
        WebElement conflict = visible(analyst, CARD + " .conflict");
        assertEquals("Someone changed this claim while you were editing it", conflict.findElement(By.tagName("h4")).getText());
        assertEquals(conflict.findElement(By.tagName("h4")), analyst.switchTo().activeElement(), "the conflict does not have the focus");
        assertTrue(conflict.getText().contains("You read version 1; it is now at version 2. Your edit was not saved."), conflict.getText());
        String who = conflict.findElement(By.cssSelector(".conflict-changes li")).getText();
        assertTrue(who.matches("curator saved version 2, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"), who);
        assertEquals(List.of("Title (English)", TITLE, THEIR_TITLE, "not changed by you: theirs stays"), row(conflict, "title.en"));
        assertEquals(List.of("Date", "2023-08", "2023-08", MY_DATE), row(conflict, "date.iso"));
        assertEquals(2, conflict.findElements(By.cssSelector("tbody tr")).size(), "only the fields either changed are shown");
        InBrowser.screenshot("editor-conflict-shown", analyst);

        // With the keyboard: Tab goes from the conflict's heading to Redo mine on top, and Enter presses it.
        analyst.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement redo = analyst.switchTo().activeElement();
        assertEquals("Redo mine on top", redo.getText());
        redo.sendKeys(Keys.ENTER);
        new WebDriverWait(analyst, PATIENCE).until(ExpectedConditions.textToBe(By.cssSelector(CARD + " h3"), THEIR_TITLE));
        WebElement mine = card(analyst);
        assertEquals("Saved: the claim is at version 3.", mine.findElement(By.cssSelector(".edit-status")).getText());
        assertTrue(mine.findElement(By.cssSelector("dl")).getText().contains(MY_DATE), mine.getText());
        InBrowser.screenshot("editor-conflict-redone", analyst);

        // Its history: who changed what, in the order they did.
        button(mine, "History").click();
        new WebDriverWait(analyst, PATIENCE).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(CARD + " .history-list > li"), 2));
        List<WebElement> changes = card(analyst).findElements(By.cssSelector(".history-list > li"));
        String theirs = changes.get(0).getText();
        assertTrue(theirs.startsWith("Edited by curator, ") && theirs.contains("by hand (version 2)"), theirs);
        assertTrue(theirs.contains("Title") && theirs.contains("was " + TITLE + " / ") && theirs.contains("now " + THEIR_TITLE + " / "), theirs);
        assertFalse(theirs.contains("Date"), theirs);
        String hers = changes.get(1).getText();
        assertTrue(hers.startsWith("Edited by analyst, ") && hers.contains("by hand (version 3)"), hers);
        assertTrue(hers.contains("Date") && hers.contains("was 2023-08 ") && hers.contains("now " + MY_DATE + " "), hers);
        assertFalse(hers.contains("Title"), hers);
        scrollTo(analyst, card(analyst));
        InBrowser.screenshot("editor-conflict-history", analyst);

        // The curator, reading the page again, finds both changes.
        curator.navigate().refresh();
        WebElement read = card(curator);
        assertEquals(THEIR_TITLE, read.findElement(By.tagName("h3")).getText());
        assertTrue(read.findElement(By.cssSelector("dl")).getText().contains(MY_DATE), read.getText());

        // An impossible date is refused beside the field, and nothing is saved.
        button(read, "Edit").click();
        WebElement wrong = visible(curator, CARD + " input[name='date.iso']");
        wrong.clear();
        wrong.sendKeys("2023-13-40");
        button(card(curator), "Save").click();
        new WebDriverWait(curator, PATIENCE).until(ExpectedConditions.attributeToBe(wrong, "aria-invalid", "true"));
        String beside = curator.findElement(By.id(wrong.getAttribute("aria-describedby"))).getText();
        assertFalse(beside.isBlank(), "no error beside the date");
        scrollTo(curator, card(curator));
        InBrowser.screenshot("editor-conflict-field-error", curator);
    }

    private static String reader() {
        return "http://localhost:" + app.port + "/reader/";
    }

    /** Logs in on Keycloak's own page from the document's page, and comes back to it. */
    private static void logIn(WebDriver browser, String user) throws Exception {
        logIn(browser, reader() + "#/document/" + DOCUMENT, user);
        card(browser);
    }

    /** The meeting's card as the page now shows it: an edit puts a new card in the old one's place. */
    private static WebElement card(WebDriver browser) {
        return visible(browser, CARD);
    }

    private static WebElement visible(WebDriver browser, String css) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static WebElement button(WebElement card, String name) {
        return card.findElement(By.xpath(".//button[normalize-space(.)='" + name + "']"));
    }

    /** A row of the conflict's table, as read: the field, what was read, what they saved, what the user wants. */
    private static List<String> row(WebElement conflict, String field) {
        return conflict.findElements(By.cssSelector("tr[data-field='" + field + "'] > *")).stream().map(WebElement::getText).toList();
    }

    private static void scrollTo(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({ block: 'start' })", element);
    }
}
