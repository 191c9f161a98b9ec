package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A claim that two documents report, in the reader (issue 24): the packaged app on the bundled seeds and, beside
 * them, a second report of the bundled article's Yevkurov meeting (src/test/resources/second-report-seeds, a test
 * text in English), which says the visit is ALLEGED where the article REPORTS it. Each page highlights its own
 * text's quotes and nothing else, and the meeting's card shows both sources and their disagreement without choosing.
 * The app's seeds are SecondReport's (the bundled seeds and the second report's folder).
 */
@InBrowser.AppEnvironment({ "MAJLIS_SEEDS_BUNDLED=true", "MAJLIS_SEEDS_EXTERNAL=src/test/resources/second-report-seeds" })
class ReaderSourcesIT extends InReader {

    private static final String ARTICLE = "Document:000_de159ab6a08af78c";
    private static final String SECOND_REPORT = "Document:second-report";
    private static final String MEETING = "Meeting:2023-08-benghazi-yevkurov-haftar";
    private static final String CARD = "aside.claims > .claim-list article.claim[data-claim='" + MEETING + "']";

    @Test
    void theArticlesCardShowsBothSourcesAndTheirDisagreementAndLeadsToTheSecondReport() throws Exception {
        JsonNode meeting = answer("{ node(id: \"" + MEETING + "\") { ... on Meeting { sourceCount "
                + "sources { own status document { id title publisher publishedOn } quotes { quote readerPath } } "
                + "disagreements { about values { status sources { document { id } } } } } } }").path("node");
        assertEquals(2, meeting.path("sourceCount").asInt(), "the second report joined the meeting: " + meeting);
        JsonNode first = meeting.path("sources").get(0);
        JsonNode further = meeting.path("sources").get(1);
        assertEquals(ARTICLE, first.path("document").path("id").asText());
        assertEquals(SECOND_REPORT, further.path("document").path("id").asText());
        JsonNode libyanMedia = quote(further, "according to Libyan media");

        browser().manage().window().setSize(new Dimension(1400, 1400)); // room for the card, its sources and disagreement
        WebDriver browser = open("/reader/#/document/000_de159ab6a08af78c");
        WebElement card = browser.findElement(By.cssSelector(CARD));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({ block: 'start' })", card);

        // Its head names both statuses, neither above the other; its sources say which is the first report.
        String head = card.findElement(By.cssSelector(".claim-head")).getText();
        assertTrue(head.contains("Status disputed") && head.contains("Reported or Alleged"), head);
        WebElement sources = card.findElement(By.cssSelector(".claim-sources"));
        assertEquals("Reported by 2 sources", sources.findElement(By.tagName("h4")).getText());
        List<WebElement> entries = sources.findElements(By.cssSelector(".sources > li"));
        assertEquals(List.of(ARTICLE, SECOND_REPORT), entries.stream().map(e -> e.getAttribute("data-document")).toList());
        assertTrue(entries.get(0).getText().contains("this document (" + first.path("document").path("publisher").asText() + ", "
                + first.path("document").path("publishedOn").asText() + ") · the first report"), entries.get(0).getText());
        String furtherDocument = further.path("document").path("title").asText() + " (" + further.path("document").path("publisher").asText()
                + ", " + further.path("document").path("publishedOn").asText() + ") · a further report";
        assertTrue(entries.get(1).getText().contains(furtherDocument), entries.get(1).getText());
        String says = entries.get(1).findElement(By.cssSelector(".differences")).getText();
        assertTrue(says.contains("Alleged") && says.contains("2023-08-22"), "what the second report says where it differs: " + says);

        // The disagreement on the status: each value, by the sources that give it, with their quotes.
        WebElement status = sources.findElement(By.cssSelector(".disagreement[data-about='STATUS']"));
        assertEquals("The sources disagree on the status", status.findElement(By.tagName("h4")).getText());
        List<WebElement> values = status.findElements(By.cssSelector(".disagreement-values > li"));
        assertEquals(2, values.size());
        assertTrue(values.get(0).findElement(By.cssSelector(".value")).getText().startsWith("Reported"), values.get(0).getText());
        assertTrue(values.get(0).getText().contains("this document"), values.get(0).getText());
        assertTrue(values.get(1).findElement(By.cssSelector(".value")).getText().startsWith("Alleged"), values.get(1).getText());
        WebElement alleged = values.get(1).findElement(By.linkText(further.path("document").path("title").asText()));
        assertEquals(url(further.path("quotes").get(0)), alleged.getAttribute("href"));
        WebElement quoted = values.get(1).findElement(By.xpath(".//a[@class='quote-link'][normalize-space(.)='"
                + libyanMedia.path("quote").asText() + "']"));
        assertEquals(url(libyanMedia), quoted.getAttribute("href"));
        assertEquals("en", quoted.findElement(By.tagName("q")).getAttribute("lang"), "the quote in its own document's language");
        screenshot("reader-sources-article");

        // The article's highlights are its own quotes: none of the second report's offsets is drawn on its text.
        assertHighlightsAreExactlyTheQuotesOf(browser, ARTICLE);

        // Its link leads to the second report, scrolled to its first quote.
        WebElement link = entries.get(1).findElement(By.linkText(further.path("document").path("title").asText()));
        assertEquals(url(further.path("quotes").get(0)), link.getAttribute("href"));
        link.sendKeys(Keys.ENTER); // as a keyboard user follows it
        waiting(PATIENCE).until(ExpectedConditions.textToBe(By.cssSelector("main h1"), further.path("document").path("title").asText()));
        WebElement marked = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.quote.selected")));
        assertEquals(further.path("quotes").get(0).path("quote").asText(), selectedText());
        assertEquals(marked, browser.switchTo().activeElement(), "the quote has the focus");
        theSecondReportsPageShowsItsQuotesAndTheFirstReport(browser, meeting);
    }

    @Test
    void theSecondReportsPageHighlightsItsQuotesAndNamesTheFirstReport() throws Exception {
        JsonNode meeting = answer("{ node(id: \"" + MEETING + "\") { ... on Meeting { "
                + "sources { own status document { id title publisher publishedOn } quotes { quote readerPath } } } } }").path("node");
        theSecondReportsPageShowsItsQuotesAndTheFirstReport(open("/reader/#/document/second-report"), meeting);
    }

    /** At phone width a card's sources and disagreement, nested lists of quotes in two scripts, reflow too. */
    @Test
    void onAPhoneWidthScreenTheSourcesReflow() throws Exception {
        browser().manage().window().setSize(new Dimension(390, 844));
        WebDriver browser = open("/reader/#/document/000_de159ab6a08af78c");
        for (WebElement details : browser.findElements(By.cssSelector(CARD + " details"))) {
            details.findElement(By.tagName("summary")).click(); // every list of words open, as wide as it gets
        }
        WebElement status = browser.findElement(By.cssSelector(CARD + " .disagreement[data-about='STATUS']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({ block: 'center' })", status);
        assertTrue((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().right <= window.innerWidth", status), "the disagreement overflows");
        screenshot("reader-sources-phone");
    }

    private static void theSecondReportsPageShowsItsQuotesAndTheFirstReport(WebDriver browser, JsonNode meeting) throws Exception {
        JsonNode document = answer("{ node(id: \"" + SECOND_REPORT + "\") { ... on Document { text language "
                + "meetings(first: 10) { nodes { id } } } } }").path("node");
        assertEquals(List.of(MEETING), document.path("meetings").path("nodes").findValuesAsText("id"),
                "Document.meetings lists the meeting the second report is a further source of");
        WebElement source = browser.findElement(By.cssSelector("article.source"));
        assertEquals("en", source.getAttribute("lang"));
        assertEquals(document.path("text").asText(), js("return document.querySelector('article.source .text').textContent"));

        List<JsonNode> quotes = assertHighlightsAreExactlyTheQuotesOf(browser, SECOND_REPORT);
        assertEquals(6, quotes.size(), "the second report's three quotes of the meeting, one of each participant and its "
                + "statement's: " + quotes);
        for (JsonNode quote : quotes) {
            String marked = (String) ((JavascriptExecutor) browser).executeScript("""
                    return [...document.querySelectorAll('article.source mark.quote')]
                      .filter(m => +m.dataset.start >= arguments[0] && +m.dataset.end <= arguments[1])
                      .map(m => m.textContent).join('')""", quote.path("start").asInt(), quote.path("end").asInt());
            assertEquals(quote.path("quote").asText(), marked, "the highlighted words of " + quote);
        }

        // The meeting's card, in the first report's account, which it names; then the statement this report adds.
        String statement = "Statement:second-report." + document.path("text").asText().indexOf("Haftar said");
        List<WebElement> cards = browser.findElements(By.cssSelector("aside.claims > .claim-list article.claim"));
        assertEquals(List.of(MEETING, statement), cards.stream().map(c -> c.getAttribute("data-claim")).toList());
        WebElement card = cards.get(0);
        JsonNode first = meeting.path("sources").get(0);
        assertTrue(first.path("own").asBoolean());
        WebElement firstReport = card.findElement(By.cssSelector(".first-report"));
        String said = firstReport.getText();
        assertTrue(said.startsWith("First reported by " + first.path("document").path("title").asText() + " ("
                + first.path("document").path("publisher").asText() + ", " + first.path("document").path("publishedOn").asText() + ")"), said);
        assertEquals(url(first.path("quotes").get(0)),
                firstReport.findElement(By.linkText(first.path("document").path("title").asText())).getAttribute("href"));
        assertEquals("Show in the text (5 quotes)", card.findElement(By.cssSelector(".show-in-text")).getText(),
                "the card counts this text's quotes alone");
        assertEquals("Reported by 2 sources", card.findElement(By.cssSelector(".claim-sources h4")).getText());
        // The article's quotes in its card are Arabic, this text's English, whatever page they are read on.
        WebElement articleWords = card.findElement(By.cssSelector(".sources > li[data-document='" + ARTICLE + "'] .quote-list q"));
        assertEquals("ar", articleWords.getAttribute("lang"));
        assertEquals("rtl", articleWords.getAttribute("dir"));
        screenshot("reader-sources-second-report");
    }

    /**
     * Holds the page's highlights to the quotes of the document's own claims, as the API gives them (each claim's
     * evidence, participations' and statements' quotes, of this document alone): every quote highlighted, and no
     * highlight outside them. Answers those quotes.
     */
    private static List<JsonNode> assertHighlightsAreExactlyTheQuotesOf(WebDriver browser, String documentId) throws Exception {
        String evidence = "evidence { quote start end document { id } }";
        JsonNode document = answer("{ node(id: \"" + documentId + "\") { ... on Document { text "
                + "meetings(first: 100) { nodes { " + evidence + " participants { " + evidence + " } statements { " + evidence + " } } } "
                + "militaryPresences(first: 100) { nodes { " + evidence + " } } "
                + "relationships(first: 100) { nodes { " + evidence + " } } "
                + "roles(first: 100) { nodes { " + evidence + " } } } } }").path("node");
        List<JsonNode> quotes = new ArrayList<>();
        BitSet quoted = new BitSet();
        document.findValues("evidence").forEach(list -> list.forEach(quote -> {
            if (quote.path("document").path("id").asText().equals(documentId)) {
                quotes.add(quote);
                quoted.set(quote.path("start").asInt(), quote.path("end").asInt());
            }
        }));
        BitSet highlighted = new BitSet();
        for (WebElement mark : browser.findElements(By.cssSelector("article.source mark.quote"))) {
            highlighted.set(Integer.parseInt(mark.getAttribute("data-start")), Integer.parseInt(mark.getAttribute("data-end")));
        }
        BitSet outside = (BitSet) highlighted.clone();
        outside.andNot(quoted);
        assertEquals(new BitSet(), outside, "highlighted characters that no quote of " + documentId + " covers");
        BitSet missed = (BitSet) quoted.clone();
        missed.andNot(highlighted);
        assertEquals(new BitSet(), missed, "quoted characters of " + documentId + " not highlighted");
        return quotes.stream().distinct().toList();
    }

    private static JsonNode quote(JsonNode source, String words) {
        for (JsonNode quote : source.path("quotes")) {
            if (quote.path("quote").asText().equals(words)) {
                return quote;
            }
        }
        throw new AssertionError("no quote «" + words + "» in " + source);
    }

    private static String url(JsonNode quote) {
        return "http://localhost:" + app.port + quote.path("readerPath").asText();
    }
}
