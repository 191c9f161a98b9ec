package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's loop on the packaged app, as installed (its default store, an H2 file under the working directory):
 * the token command issues a token, a mutation with it is acknowledged, and neither kill -9 the moment after nor a
 * start on changed seeds loses or overwrites it.
 */
class WritesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE = """
            {"query": "mutation($i: CreateDocumentInput!) { createDocument(input: $i) { document { id version } userErrors { code } } }",
             "variables": {"i": {"slug": "%s", "title": "Talks in Tripoli", "publisher": "Example News",
               "publishedOn": "2024-05-14", "language": "en", "text": "Lavrov met al-Lafi in Tripoli today."}}}""";
    private static final String READ = """
            {"query": "{ node(id: \\"Document:%s\\") { ... on Document { title history { nodes { kind author } } } } }"}""";

    @Test
    void anAcknowledgedWriteSurvivesAKillTheMomentAfter() throws Exception {
        Path home = Files.createTempDirectory("majlis-home");
        try (PackagedApp app = PackagedApp.startAsInstalled(home, Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            var created = app.postGraphQL(CREATE.formatted("kept"), token(home, "ana"));
            assertEquals(200, created.statusCode(), created.body());
            assertEquals("Document:kept", JSON.readTree(created.body()).at("/data/createDocument/document/id").asText(),
                    created.body());
            app.process.destroyForcibly().waitFor();
        }
        try (PackagedApp app = PackagedApp.startAsInstalled(home, Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            JsonNode document = JSON.readTree(app.postGraphQL(READ.formatted("kept")).body()).at("/data/node");
            assertEquals("Talks in Tripoli", document.get("title").asText(), document.toString());
            assertEquals("ana", document.at("/history/nodes/0/author").asText(), document.toString());
        }
    }

    @Test
    void changedSeedsAreNotAppliedOverAnAnalystsWork() throws Exception {
        Path home = Files.createTempDirectory("majlis-home");
        try (PackagedApp app = PackagedApp.startAsInstalled(home, Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            app.postGraphQL(CREATE.formatted("curated"), token(home, "ana"));
        }
        // The same service, upgraded to a seed set with one more document.
        Path more = GeneratedSeeds.write(1);
        try (PackagedApp app = PackagedApp.startAsInstalled(home, Map.of("MAJLIS_SEEDS_EXTERNAL", more.toString()))) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            assertTrue(app.output().contains("Seeds not applied"), app.output());
            assertFalse(app.output().contains("Seeds imported"), app.output());
            JsonNode document = JSON.readTree(app.postGraphQL(READ.formatted("curated")).body()).at("/data/node");
            assertEquals("Talks in Tripoli", document.get("title").asText(), document.toString());
            JsonNode seedImport = null;
            for (JsonNode check : JSON.readTree(app.get("/q/health/ready").body()).get("checks")) {
                if (check.get("name").asText().equals("seed-import")) {
                    seedImport = check;
                }
            }
            assertTrue(seedImport.at("/data/seedsNotApplied").asText().contains("analysts have changed the graph"),
                    String.valueOf(seedImport));
        }
    }

    /** The token command, run where the service runs: it signs with the service's key. */
    private static String token(Path home, String user) throws Exception {
        return PackagedApp.token(home.resolve("majlis-data/signing-key.pem"), user);
    }
}
