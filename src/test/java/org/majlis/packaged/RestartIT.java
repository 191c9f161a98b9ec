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

/** Restarting against a persistent H2 file keeps the same rows: the second start recognises the imported seeds. */
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String QUERY = """
            {"query": "{ actors(first: 100) { totalCount nodes { id roles { title evidence { quote start end } } } } \
            meetings(first: 100) { totalCount nodes { id participants { actor { id } } } } }"}""";

    @Test
    void aSecondStartOnTheSameDatabaseFileAnswersTheSameAndImportsNothing() throws Exception {
        Path folder = Files.createTempDirectory("majlis-h2");
        Map<String, String> environment = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + folder.resolve("majlis"));
        String first;
        JsonNode readyFirst;
        try (PackagedApp app = PackagedApp.start(environment)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            first = app.postGraphQL(QUERY).body();
            readyFirst = seedImportCheck(app.get("/q/health/ready").body());
            assertTrue(app.output().contains("Seeds imported"), app.output());
        }
        try (PackagedApp app = PackagedApp.start(environment)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            assertEquals(first, app.postGraphQL(QUERY).body());
            assertEquals(readyFirst, seedImportCheck(app.get("/q/health/ready").body()));
            assertTrue(app.output().contains("Seeds already imported"), app.output());
        }
    }

    private static JsonNode seedImportCheck(String readiness) throws IOException {
        for (JsonNode check : JSON.readTree(readiness).get("checks")) {
            if (check.get("name").asText().equals("seed-import")) {
                return check;
            }
        }
        throw new AssertionError("no seed-import check in " + readiness);
    }
}
