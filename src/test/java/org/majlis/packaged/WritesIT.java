package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

    /**
     * kill -9 while meetings are being written, several at a time: after the restart each meeting is there whole (its
     * participants, every quote, its change) or not at all, and every one whose answer came back is there.
     */
    @Test
    void aKillInTheMiddleOfMutationsLeavesEachWholeOrAbsent() throws Exception {
        Path home = Files.createTempDirectory("majlis-home");
        // Past the 60 changes a minute a writer may make: this writer is a load, not a person.
        Map<String, String> unlimited = Map.of("MAJLIS_AUTH_WRITES_PER_MINUTE", "100000");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int attempted = 0;
        try (PackagedApp app = PackagedApp.startAsInstalled(home, unlimited)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            String token = token(home, "ana");
            app.postGraphQL(CREATE.formatted("killed"), token);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (; attempted < 400; attempted++) {
                String slug = "killed-" + attempted;
                writers.submit(() -> {
                    var answer = app.postGraphQL(ADD_MEETING.formatted(slug), token);
                    if (answer.body().contains("\"userErrors\":[]")) {
                        acknowledged.add(slug);
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (acknowledged.size() < 20 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            app.process.destroyForcibly().waitFor();
            writers.shutdownNow();
        }
        assertTrue(acknowledged.size() >= 20, "the writes never got going: " + acknowledged.size());
        assertTrue(acknowledged.size() < attempted, "the kill came after every write: nothing was in flight");
        try (PackagedApp app = PackagedApp.startAsInstalled(home, unlimited)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            int whole = 0;
            for (int i = 0; i < attempted; i++) {
                String slug = "killed-" + i;
                JsonNode data = JSON.readTree(app.postGraphQL(READ_MEETING.formatted(slug, slug)).body()).path("data");
                JsonNode meeting = data.path("node");
                if (meeting.isNull() || meeting.isMissingNode()) {
                    assertFalse(acknowledged.contains(slug), slug + " was acknowledged and is gone");
                    assertEquals(0, data.at("/history/totalCount").asInt(), slug + " has a change but no meeting");
                    continue;
                }
                whole++;
                assertEquals(2, meeting.path("participants").size(), meeting.toString());
                for (JsonNode participant : meeting.path("participants")) {
                    assertEquals(1, participant.path("evidence").size(), meeting.toString());
                }
                assertEquals(2, meeting.path("evidence").size(), meeting.toString());
                assertEquals(1, data.at("/history/totalCount").asInt(), slug + " has no change, or two");
            }
            System.out.printf("WritesIT: %d meetings acknowledged before the kill, %d whole after it, of %d sent%n",
                    acknowledged.size(), whole, attempted);
        }
    }

    private static final String ADD_MEETING = """
            {"query": "mutation($i: AddMeetingInput!) { addMeeting(input: $i) { meeting { id } userErrors { code } } }",
             "variables": {"i": {"document": "Document:killed", "slug": "%s", "title": {"en": "Talks in Tripoli"},
               "kind": "TALKS", "status": "REPORTED", "date": {"iso": "2024-05-14", "text": "today"},
               "participants": [
                 {"actor": "Actor:sergei-lavrov", "role": "VISITOR", "quotes": [{"text": "Lavrov"}]},
                 {"actor": "Actor:abdullah-al-lafi", "role": "HOST", "quotes": [{"text": "al-Lafi"}]}],
               "quotes": [{"text": "met"}, {"text": "in Tripoli today"}]}}}""";
    private static final String READ_MEETING = """
            {"query": "{ node(id: \\"Meeting:%s\\") { ... on Meeting { participants { evidence { id } } evidence { id } } } history(id: \\"Meeting:%s\\") { totalCount } }"}""";

    /** The token command, run where the service runs: it signs with the service's key. */
    private static String token(Path home, String user) throws Exception {
        return PackagedApp.token(home.resolve("majlis-data/signing-key.pem"), user);
    }
}
