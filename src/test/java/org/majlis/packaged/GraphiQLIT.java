package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/** GraphiQL ships in the packaged application (the API is public and read-only), and works in a real browser. */
class GraphiQLIT extends InBrowser {

    private static final String QUERY = "{ actors(first: 3) { nodes { name } } }";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void graphiqlIsServed() throws Exception {
        var page = app.get("/q/graphql-ui/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("graphiql"), page.body());
    }

    /** Typed as a person types it, run with the run button, and read in the answer pane. */
    @Test
    void aQueryTypedIntoGraphiQLIsAnsweredInTheResponsePane() throws Exception {
        List<String> names = new ArrayList<>();
        answer(QUERY).path("actors").path("nodes").forEach(actor -> names.add(actor.path("name").asText()));
        assertEquals(3, names.size(), names::toString);

        WebDriver browser = openGraphiQL();
        WebElement editor = browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror"));
        editor.click();
        // GraphiQL closes each bracket as it is opened and steps over it when it is typed: the text ends as typed.
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(QUERY).sendKeys(Keys.ESCAPE).perform();
        assertEquals(QUERY, ((JavascriptExecutor) browser).executeScript("return arguments[0].CodeMirror.getValue()", editor));

        browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();
        By response = By.cssSelector(".graphiql-response .CodeMirror-code");
        waiting(PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(response, "\"data\""));
        screenshot("graphiql-query");

        String shown = browser.findElement(response).getText();
        assertFalse(shown.contains("\"errors\""), shown);
        for (String name : names) {
            assertTrue(shown.contains("\"name\": \"" + name + "\""), "GraphiQL shows no " + name + ":\n" + shown);
        }
    }

    /** Completion, like the docs pane, works from the schema that GraphiQL's introspection query fetched. */
    @Test
    void theEditorCompletesAFieldOfTheSchema() throws Exception {
        List<String> offered = new ArrayList<>();
        answer("{ __schema { queryType { fields { name } } } }").path("__schema").path("queryType").path("fields")
                .forEach(field -> offered.add(field.path("name").asText()));
        offered.removeIf(name -> !name.startsWith("meet"));
        assertFalse(offered.isEmpty(), "the schema has no query field starting with meet");

        WebDriver browser = openGraphiQL();
        browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror")).click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys("{ meet").perform();
        // GraphiQL offers completions as a person types, once the schema has arrived; until it shows them, ask
        // for them as a person would, with Ctrl-Space.
        By hints = By.cssSelector(".CodeMirror-hints");
        waiting(PATIENCE).until(driver -> {
            if (!driver.findElements(hints).isEmpty()) {
                return true;
            }
            new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.SPACE).keyUp(Keys.CONTROL).perform();
            return false;
        });
        screenshot("graphiql-completion");
        List<String> shown = browser.findElement(hints).getText().lines().toList();
        assertTrue(shown.containsAll(offered), "GraphiQL offers " + shown + ", not every one of " + offered);
    }

    /** The docs pane is drawn from GraphiQL's introspection query, which must pass every limit. */
    @Test
    void theDocsPaneFindsMeetingAndListsItsFields() throws Exception {
        List<String> fields = new ArrayList<>();
        JsonNode meeting = answer("{ __type(name: \"Meeting\") { fields { name } } }").path("__type");
        meeting.path("fields").forEach(field -> fields.add(field.path("name").asText()));
        assertFalse(fields.isEmpty(), meeting::toString);

        WebDriver browser = openGraphiQL();
        browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
        WebElement search = waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".graphiql-doc-explorer-search input")));
        search.sendKeys("Meeting");
        By result = By.xpath("//*[contains(@class, 'graphiql-doc-explorer-search')]//li[normalize-space(.)='Meeting']");
        // The result list is drawn again as the search settles, so a found entry may be gone by the click: find
        // and click it in one step, again until the click lands on it.
        waiting(PATIENCE).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(driver -> {
                    driver.findElement(result).click();
                    return true;
                });

        By title = By.cssSelector(".graphiql-doc-explorer-title");
        waiting(PATIENCE).until(ExpectedConditions.textToBe(title, "Meeting"));
        screenshot("graphiql-docs-meeting");
        String pane = browser.findElement(By.cssSelector(".graphiql-doc-explorer")).getText();
        for (String field : fields) {
            assertTrue(pane.contains(field), "the docs pane lists no " + field + ":\n" + pane);
        }
    }

    /**
     * GraphiQL as on a first visit, its query editor ready. It keeps the last query and the open pane in the
     * page's local storage, which would carry one test's state into the next.
     */
    private static WebDriver openGraphiQL() throws Exception {
        WebDriver browser = browser();
        String graphiql = "http://localhost:" + app.port + "/q/graphql-ui/";
        browser.get(graphiql);
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.get(graphiql);
        waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-query-editor .CodeMirror")));
        return browser;
    }
}
