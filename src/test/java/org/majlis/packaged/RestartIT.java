package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's run command keeps what the database holds: its default is an H2 file under the working directory,
 * which a second start finds, answering the same and importing nothing.
 */
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String QUERY = """
            {"query": "{ actors(first: 100) { totalCount nodes { id roles { title evidence { quote start end } } } } \
            meetings(first: 100) { totalCount nodes { id participants { actor { id } } } } }"}""";

    @Test
    void aSecondStartOnTheDefaultDatabaseAnswersTheSameAndImportsNothing() throws Exception {
        Path workingDirectory = Files.createTempDirectory("majlis-home");
        String first;
        JsonNode readyFirst;
        try (PackagedApp app = PackagedApp.startAsInstalled(workingDirectory, Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            first = app.postGraphQL(QUERY).body();
            readyFirst = check("seed-import", app.get("/q/health/ready").body());
            assertEquals("{\"kind\":\"H2_FILE\",\"lasting\":true}",
                    check("store", app.get("/q/health/ready").body()).get("data").toString());
            assertTrue(app.output().contains("Seeds imported"), app.output());
        }
        assertTrue(Files.isRegularFile(workingDirectory.resolve("majlis-data/majlis.mv.db")), "the database file");
        try (PackagedApp app = PackagedApp.startAsInstalled(workingDirectory, Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            assertEquals(first, app.postGraphQL(QUERY).body());
            assertEquals(readyFirst, check("seed-import", app.get("/q/health/ready").body()));
            assertTrue(app.output().contains("Seeds already imported"), app.output());
        }
    }

    private static JsonNode check(String name, String readiness) throws IOException {
        for (JsonNode check : JSON.readTree(readiness).get("checks")) {
            if (check.get("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("no " + name + " check in " + readiness);
    }
}
