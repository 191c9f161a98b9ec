package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst's hands on the editor's page (reader/js/pages/draft.js and new-claim.js): a mouse that selects words in
 * the text and clicks, a keyboard that types. Every action is counted, so that a test can say what a task took
 * (AnnotationEffortIT): a click, a key that acts (a to accept), a field typed into (and its characters), a choice in a
 * list, a selection dragged across the text.
 */
final class Annotator {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final WebDriver browser;
    final WebDriverWait wait;
    int clicks;
    int keys;
    int fieldsTyped;
    int charactersTyped;
    int choices;
    int selections;

    Annotator(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, PATIENCE);
    }

    /** Every action, each counted once: what a person does with their hands, whatever the kind. */
    int actions() {
        return clicks + keys + fieldsTyped + choices + selections;
    }

    void click(WebElement element) {
        clicks++;
        element.click();
    }

    void click(By by) {
        click(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    void press(WebElement element, String key) {
        keys++;
        element.sendKeys(key);
    }

    /** Types into a field, after emptying it (as select-all then typing would). */
    void type(WebElement field, String text) {
        fieldsTyped++;
        charactersTyped += text.length();
        field.clear();
        field.sendKeys(text);
    }

    void type(String name, String text) {
        type(field(name), text);
    }

    /** Chooses a value in a list of the new-claim form; one already chosen is left, as a person would. */
    void choose(String name, String value) {
        choose(By.cssSelector(".claim-maker [name='" + name + "']"), value);
    }

    void choose(By list, String value) {
        Select select = new Select(wait.until(ExpectedConditions.elementToBeClickable(list)));
        if (!value.equals(select.getFirstSelectedOption().getAttribute("value"))) {
            choices++;
            select.selectByValue(value);
        }
    }

    /** The new-claim form's (or any visible form's) field of that name. */
    WebElement field(String name) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".claim-maker [name='" + name + "']")));
    }

    /**
     * Searches a picker for a name, as typed, and clicks the answer that is the node meant: the analyst reads the
     * names the search offers and takes the right one.
     */
    void pick(String name, String typed, String id) {
        type(field(name), typed);
        pickAnswer(name, id);
    }

    /** Searches a picker for the words last selected in the text, and clicks the answer that is the node meant. */
    void pickSelected(String name, String id) {
        click(By.xpath(picker(name) + "//button[contains(@class, 'use-selection')]"));
        pickAnswer(name, id);
    }

    private void pickAnswer(String name, String id) {
        click(By.xpath(picker(name) + "//button[@data-id='" + id + "']"));
        wait.until(ExpectedConditions.attributeToBe(field(name), "data-id", id));
    }

    private static String picker(String name) {
        return "//input[@name='" + name + "']/ancestor::div[contains(@class, 'picker')]";
    }

    /**
     * Drags the mouse across the words of the document's text from the first letter's leading edge to the last
     * letter's trailing edge: left to right in English, right to left in Arabic. The offsets come from the text as
     * the page drew it; the quote it makes is then read from the page, as the analyst reads it.
     */
    String selectWords(String words, int from) {
        selections++;
        @SuppressWarnings("unchecked")
        List<Number> edges = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                const text = document.querySelector('article.source .text');
                const offset = text.textContent.indexOf(arguments[0], arguments[1]);
                if (offset < 0) {
                  return null;
                }
                const letter = (at) => {
                  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                  let seen = 0;
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (seen + node.length > at) {
                      const range = document.createRange();
                      range.setStart(node, at - seen);
                      range.setEnd(node, at - seen + 1);
                      return range.getBoundingClientRect();
                    }
                    seen += node.length;
                  }
                };
                window.scrollBy(0, letter(offset).top - innerHeight / 3); // the words on the screen, as a person scrolls
                const first = letter(offset), last = letter(offset + arguments[0].length - 1);
                const middle = (rect) => (rect.top + rect.bottom) / 2;
                return getComputedStyle(text).direction === 'rtl'
                    ? [first.right - 1, middle(first), last.left + 1, middle(last)]
                    : [first.left + 1, middle(first), last.right - 1, middle(last)];
                """, words, from);
        assertTrue(edges != null, "the text has no «" + words + "»");
        new Actions(browser).moveToLocation(edges.get(0).intValue(), edges.get(1).intValue()).clickAndHold()
                .moveToLocation(edges.get(2).intValue(), edges.get(3).intValue()).release().perform();
        WebElement quote = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".selection .selected-quote")));
        wait.until(ExpectedConditions.textToBePresentInElement(quote, words));
        assertEquals(words, quote.getText());
        return quote.getText();
    }

    /** Selects the words and adds them to the new claim's quotes. */
    void quote(String words) {
        selectWords(words, 0);
        click(By.cssSelector(".selection button.add-quote"));
    }

    /** Waits for the editor's status line to say a write was done, and answers it. */
    String status(String startsWith) {
        wait.until(ExpectedConditions.textMatches(By.cssSelector(".editor-status"),
                Pattern.compile("^" + Pattern.quote(startsWith) + ".*")));
        return browser.findElement(By.cssSelector(".editor-status")).getText();
    }
}
