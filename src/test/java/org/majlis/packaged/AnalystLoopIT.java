package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.auth.KeycloakProfile;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole loop, as an analyst and a reader meet it: with a token from Keycloak, an analyst adds a short
 * article and its claims through GraphQL alone, on one replica; on the other replica of the same database, an
 * anonymous query answers every one of them within a second of the last acknowledgement, and the reader, in
 * Chromium, shows the new article with its quotes highlighted and the new meeting on them.
 */
class AnalystLoopIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SLUG = "example-2024-05-14-benghazi";
    private static final String TEXT = "استقبل المشير خليفة حفتر في بنغازي اليوم نائب وزير الدفاع الروسي يونس بك "
            + "يفكوروف، الذي يقود الفيلق الأفريقي في ليبيا.";

    private static Server database;
    private static PackagedApp writer;
    private static PackagedApp reader;

    @BeforeAll
    static void twoReplicasTakingKeycloaksTokens() throws Exception {
        boolean required = "true".equals(System.getenv(KeycloakProfile.ENABLED));
        Assumptions.assumeTrue(required, KeycloakProfile.ENABLED + " is not true: bash .ci/start-keycloak, then set it");
        Path data = Files.createTempDirectory("majlis-loop");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", data.toString(), "-ifNotExists")
                .start();
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:tcp://localhost:" + port + "/majlis",
                "MAJLIS_AUTH_ISSUER", KeycloakProfile.REALM);
        writer = PackagedApp.start(environment);
        assertTrue(writer.awaitReady(Duration.ofSeconds(120)), writer.output());
        reader = PackagedApp.start(environment);
        assertTrue(reader.awaitReady(Duration.ofSeconds(120)), reader.output());
    }

    @AfterAll
    static void stop() throws Exception {
        InBrowser.quitTheBrowser();
        for (AutoCloseable closing : new AutoCloseable[] { reader, writer }) {
            if (closing != null) {
                closing.close();
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void anArticleAndItsClaimsAddedThroughOneReplicaAreReadOnTheOtherAndInTheReader() throws Exception {
        String token = keycloakToken("analyst");
        String document = "Document:" + SLUG;
        write(token, "createDocument", """
                mutation($i: CreateDocumentInput!) { createDocument(input: $i) { document { id } userErrors { message } } }""",
                Map.of("slug", SLUG, "title", "Haftar receives Yevkurov in Benghazi", "publisher", "Example News",
                        "publishedOn", "2024-05-14", "language", "ar", "text", TEXT));
        write(token, "addMeeting", """
                mutation($i: AddMeetingInput!) { addMeeting(input: $i) { meeting { id } userErrors { message } } }""",
                Map.of("document", document, "slug", SLUG, "title", Map.of("en", "Haftar receives Yevkurov in Benghazi"),
                        "kind", "OFFICIAL_VISIT", "status", "REPORTED", "date", Map.of("iso", "2024-05-14", "text", "اليوم"),
                        "place", "Place:benghazi",
                        "participants", List.of(
                                Map.of("actor", "Actor:khalifa-haftar", "role", "HOST",
                                        "quotes", List.of(Map.of("text", "المشير خليفة حفتر"))),
                                Map.of("actor", "Actor:yunus-bek-yevkurov", "role", "VISITOR",
                                        "quotes", List.of(Map.of("text", "يونس بك يفكوروف")))),
                        "quotes", List.of(Map.of("text", "استقبل"))));
        write(token, "addRole", """
                mutation($i: AddRoleInput!) { addRole(input: $i) { role { id } userErrors { message } } }""",
                Map.of("document", document, "actor", "Actor:yunus-bek-yevkurov",
                        "organisation", "Organisation:russian-ministry-of-defence",
                        "title", Map.of("en", "Deputy Minister of Defence"), "current", true, "status", "REPORTED",
                        "quotes", List.of(Map.of("text", "نائب وزير الدفاع الروسي يونس بك يفكوروف"))));
        String presence = "MilitaryPresence:" + SLUG;
        write(token, "addMilitaryPresence", """
                mutation($i: AddMilitaryPresenceInput!) { addMilitaryPresence(input: $i) { militaryPresence { id } userErrors { message } } }""",
                Map.of("document", document, "slug", SLUG, "force", "Organisation:african-corps", "hostCountry", "LY",
                        "kind", "TROOPS", "status", "REPORTED", "quotes", List.of(Map.of("text", "الفيلق الأفريقي في ليبيا"))));
        long acknowledged = System.nanoTime();

        String meeting = "Meeting:" + SLUG;
        String role = "Role:" + SLUG + ".yunus-bek-yevkurov.russian-ministry-of-defence";
        String everything = JSON.writeValueAsString(Map.of("query", "query($m: ID!, $r: ID!, $p: ID!) { meeting: node(id: $m) "
                + "{ id } role: node(id: $r) { id } presence: node(id: $p) { id } }",
                "variables", Map.of("m", meeting, "r", role, "p", presence)));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode seen = JSON.readTree(reader.postGraphQL(everything).body()).path("data");
        while (!allThere(seen) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = JSON.readTree(reader.postGraphQL(everything).body()).path("data");
        }
        long millis = (System.nanoTime() - acknowledged) / 1_000_000;
        assertTrue(allThere(seen), "the second replica does not answer them all: " + seen);
        System.out.printf("AnalystLoopIT: the second replica answered every new claim %d ms after the last write was "
                + "acknowledged%n", millis);
        assertTrue(millis <= 1_000, "seen on the second replica " + millis + " ms after the write, not within a second");

        WebDriver browser = InBrowser.browser();
        browser.get("http://localhost:" + reader.port + "/reader/#/document/" + SLUG);
        WebElement source = new WebDriverWait(browser, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.source")));
        assertEquals(TEXT, source.findElement(By.cssSelector(".text")).getText().replace("\n", ""));
        int host = TEXT.indexOf("استقبل");
        WebElement mark = browser.findElements(By.cssSelector("article.source mark.quote")).stream()
                .filter(m -> Integer.parseInt(m.getAttribute("data-start")) <= host
                        && Integer.parseInt(m.getAttribute("data-end")) > host)
                .findFirst().orElseThrow(() -> new AssertionError("the meeting's quote is not highlighted"));
        mark.click();
        WebElement passage = new WebDriverWait(browser, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage")));
        WebElement card = passage.findElement(By.xpath(".//article[contains(@class, 'claim-meeting')]"
                + "[.//h3[normalize-space(.)='Haftar receives Yevkurov in Benghazi']]"));
        assertTrue(card.getText().contains("Khalifa Haftar"), card.getText());
        InBrowser.screenshot("analyst-loop-reader");
    }

    private static boolean allThere(JsonNode data) {
        return List.of("meeting", "role", "presence").stream().allMatch(field -> data.path(field).has("id"));
    }

    /** Sends a mutation to the writing replica, and fails on any error. */
    private static void write(String token, String field, String mutation, Map<String, Object> input) throws Exception {
        var response = writer.postGraphQL(JSON.writeValueAsString(Map.of("query", mutation, "variables", Map.of("i", input))),
                token);
        JsonNode payload = JSON.readTree(response.body()).path("data").path(field);
        assertTrue(payload.path("userErrors").isArray() && payload.path("userErrors").isEmpty(), field + ": " + response.body());
    }

    /** An access token of the realm's user, as a frontend's login or the README's curl gets one. */
    private static String keycloakToken(String user) throws Exception {
        String form = "grant_type=password&client_id=majlis-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(KeycloakProfile.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
