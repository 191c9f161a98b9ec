package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reader bundled with the service (/reader/), used as an analyst uses it, in Chromium against the packaged app
 * on the bundled seeds: what each test reads on the page is what the API answers for the same question. After each
 * test, the browser must have logged no error and asked nothing of any host but the service (InReader).
 */
class ReaderIT extends InReader {

    private static final String ARTICLE = "Document:000_de159ab6a08af78c";
    private static final String MOSCOW = "Meeting:2024-05-13-moscow-libya-russia";
    private static final String HAFTAR = "Actor:khalifa-haftar";

    @Test
    void theArticleIsShownVerbatimRightToLeftWithEveryQuoteHighlighted() throws Exception {
        JsonNode article = answer("{ node(id: \"" + ARTICLE + "\") { ... on Document { title text language } } }").path("node");
        WebDriver browser = open("/reader/");
        browser.findElement(By.linkText(article.path("title").asText())).click();
        WebElement source = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.source")));
        assertEquals("ar", source.getAttribute("lang"));
        assertEquals("rtl", source.getAttribute("dir"));
        assertEquals(article.path("text").asText(), js("return document.querySelector('article.source .text').textContent"),
                "the text as the page holds it");

        BitSet highlighted = new BitSet();
        for (WebElement mark : browser.findElements(By.cssSelector("article.source mark.quote"))) {
            highlighted.set(Integer.parseInt(mark.getAttribute("data-start")), Integer.parseInt(mark.getAttribute("data-end")));
        }
        List<String> missed = new ArrayList<>();
        for (JsonNode quote : quotesOfTheArticle()) {
            BitSet span = new BitSet();
            span.set(quote.path("start").asInt(), quote.path("end").asInt());
            span.andNot(highlighted);
            if (!span.isEmpty()) {
                missed.add(quote.path("quote").asText());
            }
        }
        assertEquals(List.of(), missed, "quotes not highlighted");
    }

    @Test
    void theDocumentPageCitesItsSourceAndSaysTheTextStaysItsPublishers() throws Exception {
        JsonNode article = answer("{ node(id: \"" + ARTICLE + "\") { ... on Document { publisher publishedOn rights } } }")
                .path("node");
        WebDriver browser = open("/reader/#/document/000_de159ab6a08af78c");
        WebElement attribution = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".source-column .attribution")));
        String shown = attribution.getText();
        assertTrue(shown.contains("Source: " + article.path("publisher").asText() + ", " + article.path("publishedOn").asText()),
                shown);
        assertTrue(shown.contains(article.path("rights").asText()), shown);
        WebElement licence = attribution.findElement(By.linkText("CC BY 4.0"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", licence.getAttribute("href"));
        assertTrue(licence.getAttribute("rel").contains("license"));
    }

    @Test
    void theMoscowMeetingsHighlightListsTheMeetingWithItsParticipants() throws Exception {
        JsonNode meeting = answer("{ node(id: \"" + MOSCOW + "\") { ... on Meeting { title evidence { start end } "
                + "participants { actor { name } } } } }").path("node");
        WebDriver browser = open("/reader/#/document/000_de159ab6a08af78c");
        JsonNode quote = meeting.path("evidence").get(0);
        WebElement mark = markWithin(browser, quote.path("start").asInt(), quote.path("end").asInt());
        mark.click();

        WebElement passage = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage")));
        WebElement card = passage.findElement(By.xpath(".//article[contains(@class, 'claim-meeting')][.//h3[normalize-space(.)='"
                + meeting.path("title").asText() + "']]"));
        String participants = card.findElement(By.cssSelector(".participants")).getText();
        for (JsonNode participant : meeting.path("participants")) {
            assertTrue(participants.contains(participant.path("actor").path("name").asText()), participants);
        }
        assertTrue(mark.getAttribute("class").contains("selected"), "the clicked passage is marked");
        screenshot("reader-document");
    }

    @Test
    void aParticipantLeadsToItsPageAndAMentionBackToTheText() throws Exception {
        JsonNode lavrov = answer("{ node(id: \"Actor:sergei-lavrov\") { ... on Actor { name names { text } "
                + "mentions(first: 1) { nodes { quote start end } } } } }").path("node");
        JsonNode quote = answer("{ node(id: \"" + MOSCOW + "\") { ... on Meeting { evidence { start end } } } }")
                .path("node").path("evidence").get(0);
        WebDriver browser = open("/reader/#/document/000_de159ab6a08af78c");
        markWithin(browser, quote.path("start").asInt(), quote.path("end").asInt()).click();
        waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage")))
                .findElement(By.linkText(lavrov.path("name").asText())).click();

        waiting(PATIENCE).until(ExpectedConditions.textToBe(By.cssSelector("main h1"), lavrov.path("name").asText()));
        assertEquals("#/actor/sergei-lavrov", js("return location.hash"));
        String names = browser.findElement(By.cssSelector("table.labels")).getText();
        lavrov.path("names").forEach(name -> assertTrue(names.contains(name.path("text").asText()), names));

        JsonNode mention = lavrov.path("mentions").path("nodes").get(0);
        browser.findElement(By.cssSelector(".mention")).findElement(By.linkText("Read it in the document")).click();
        WebElement marked = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.quote.selected")));
        assertEquals(mention.path("quote").asText(), selectedText());
        assertTrue(inViewport(marked), "the mention is scrolled into view");
    }

    /** An entity's lists come a page at a time; "Show more" appends the next page of that list, as the API pages it. */
    @Test
    void anEntitysMentionsPageOnRequest() throws Exception {
        JsonNode mentions = answer("{ node(id: \"Actor:sergei-lavrov\") { ... on Actor { mentions(first: 100) { "
                + "totalCount nodes { quote readerPath } } } } }").path("node").path("mentions");
        int total = mentions.path("totalCount").asInt();
        WebDriver browser = open("/reader/#/actor/sergei-lavrov");
        By shown = By.xpath("//section[h2[starts-with(normalize-space(.), 'Where the sources name it')]]//li");
        int firstPage = browser.findElements(shown).size();
        assertTrue(firstPage < total, "the fixture names Lavrov more often (" + total + ") than a page holds (" + firstPage + ")");

        browser.findElement(By.xpath("//section[h2[starts-with(normalize-space(.), 'Where the sources name it')]]//button")).click();
        waiting(PATIENCE).until(driver -> driver.findElements(shown).size() > firstPage);
        List<String> links = new ArrayList<>();
        browser.findElements(shown).forEach(item -> links.add(item.findElement(By.linkText("Read it in the document")).getAttribute("href")));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            expected.add("http://localhost:" + app.port + mentions.path("nodes").get(i).path("readerPath").asText());
        }
        assertEquals(expected, links, "the mentions in the API's order, none twice");
        assertEquals(Math.min(total, 2 * firstPage), links.size());
        assertEquals(browser.findElements(shown).get(firstPage).findElement(By.tagName("a")), browser.switchTo().activeElement(),
                "the focus is on the first entry that appeared");
    }

    @Test
    void searchingInArabicLandsOnHaftarsPage() throws Exception {
        searchAndFollowTheFirstHit("حفتر");
    }

    @Test
    void searchingATransliterationLandsOnHaftarsPage() throws Exception {
        searchAndFollowTheFirstHit("Hifter");
    }

    @Test
    void aQuotesLinkOpensItsDocumentScrolledToIt() throws Exception {
        // The article's last claim quote: far below the first screen.
        JsonNode evidence = answer("{ node(id: \"Meeting:2023-08-benghazi-yevkurov-haftar\") { ... on Meeting { "
                + "evidence { quote readerPath } } } }").path("node").path("evidence");
        JsonNode quote = evidence.get(evidence.size() - 1);
        browser().manage().window().setSize(new Dimension(1000, 700));
        WebDriver browser = open(quote.path("readerPath").asText());
        WebElement marked = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.quote.selected")));
        assertEquals(quote.path("quote").asText(), selectedText());
        assertTrue(inViewport(marked), "the quote is scrolled into view");
        assertNotEquals(0L, ((Number) js("return window.scrollY")).longValue(), "the page scrolled to reach it");
        assertEquals(marked, browser.switchTo().activeElement(), "the quote has the focus");
    }

    /** At phone width (as at 200 % zoom of a small laptop) nothing scrolls sideways, and a highlight's claims show. */
    @Test
    void onAPhoneWidthScreenTheTextReflowsAndAHighlightShowsItsClaims() throws Exception {
        browser().manage().window().setSize(new Dimension(390, 844));
        WebDriver browser = open("/reader/#/document/000_de159ab6a08af78c");
        assertTrue((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        browser.findElement(By.cssSelector("article.source mark.quote")).click();
        WebElement passage = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage")));
        assertTrue(inViewport(passage.findElement(By.tagName("h2"))), "the claims of the passage are in view");
    }

    /** Tab reaches a highlight, Enter lists its claims, Escape goes back to it; the focus is drawn all along. */
    @Test
    void theKeyboardReachesAHighlightAndItsClaims() throws Exception {
        WebDriver browser = open("/reader/#/document/000_de159ab6a08af78c");
        WebElement focused = browser.switchTo().activeElement();
        for (int i = 0; i < 40 && !focused.getAttribute("class").contains("quote"); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused = browser.switchTo().activeElement();
            if (!focused.getTagName().equals("body")) {
                assertNotEquals("none", focused.getCssValue("outline-style"), "no visible focus on " + focused.getTagName());
            }
        }
        assertEquals("mark", focused.getTagName(), "Tab never reached a highlight");
        WebElement mark = focused;
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement heading = waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage h2")));
        assertEquals(heading, browser.switchTo().activeElement());
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting(PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".passage")));
        assertEquals(mark, browser.switchTo().activeElement());
    }

    @Test
    void theTimelineDrawsAMonthAMonthWide() throws Exception {
        WebDriver browser = open("/reader/#/timeline");
        WebElement month = browser.findElement(By.cssSelector(".bar.precision-month"));
        WebElement day = browser.findElement(By.cssSelector(".bar.precision-day"));
        // The scale spans whole years, one tick at the start of each; the track's title names the days the bar covers.
        List<WebElement> ticks = browser.findElements(By.cssSelector(".axis .tick"));
        LocalDate scaleStart = LocalDate.of(Integer.parseInt(ticks.get(0).getText()), 1, 1);
        LocalDate scaleEnd = LocalDate.of(Integer.parseInt(ticks.get(ticks.size() - 1).getText()) + 1, 1, 1);
        WebElement track = month.findElement(By.xpath(".."));
        String[] covered = track.getAttribute("title").split(" to ");
        long monthDays = ChronoUnit.DAYS.between(LocalDate.parse(covered[0]), LocalDate.parse(covered[1])) + 1;
        double expected = track.getRect().getWidth() * monthDays / ChronoUnit.DAYS.between(scaleStart, scaleEnd);
        double drawn = month.getRect().getWidth();
        assertTrue(monthDays >= 28 && monthDays <= 31, track.getAttribute("title"));
        assertTrue(Math.abs(drawn - expected) <= 1.5, "a month of " + monthDays + " days is drawn " + drawn + " px wide, not " + expected);
        assertTrue(day.getRect().getWidth() < drawn / 4, "a day is drawn narrower than a month");
        screenshot("reader-timeline");
    }

    private static void searchAndFollowTheFirstHit(String text) throws Exception {
        String haftar = answer("{ node(id: \"" + HAFTAR + "\") { ... on Actor { name } } }").path("node").path("name").asText();
        WebDriver browser = open("/reader/");
        WebElement box = browser.findElement(By.id("search-text"));
        box.sendKeys(text, Keys.ENTER);
        WebElement first = waiting(PATIENCE).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".hits li:first-child h2 a")));
        assertEquals(haftar, first.getText());
        first.click();
        waiting(PATIENCE).until(ExpectedConditions.textToBe(By.cssSelector("main h1"), haftar));
        assertEquals("#/actor/khalifa-haftar", js("return location.hash"));
        screenshot("reader-actor");
    }

    /** Every quote of every claim of the article, as the API gives it. */
    private static List<JsonNode> quotesOfTheArticle() throws Exception {
        JsonNode article = answer("{ node(id: \"" + ARTICLE + "\") { ... on Document { "
                + "meetings(first: 100) { nodes { evidence { quote start end } participants { evidence { quote start end } } "
                + "statements { evidence { quote start end } } } } "
                + "militaryPresences(first: 100) { nodes { evidence { quote start end } } } "
                + "relationships(first: 100) { nodes { evidence { quote start end } } } "
                + "roles(first: 100) { nodes { evidence { quote start end } } } } } }").path("node");
        List<JsonNode> quotes = new ArrayList<>();
        article.findValues("evidence").forEach(list -> list.forEach(quotes::add));
        assertTrue(quotes.size() > 10, "the article has its claims: " + quotes.size());
        return quotes;
    }
}
