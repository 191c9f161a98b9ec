package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code export} as an operator runs it, on the database a stopped service wrote: a folder that {@code check}
 * passes, that a service started on it alone serves the same, and whose own export is the same bytes.
 */
class SeedExportIT {

    @Test
    void anExportRoundTripsThroughAStartAndASecondExport() throws Exception {
        Path work = Files.createTempDirectory("majlis-export-it");
        Map<String, String> first = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + work.resolve("first"));
        String answer = served(first);
        Path exported = work.resolve("exported");
        PackagedApp.Finished export = PackagedApp.command(first, "export", exported.toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertTrue(export.out().matches("exported \\d+ documents?, \\d+ actors?, \\d+ organisations? and \\d+ places? to "
                + exported + "\n"), "one line, no banner, no log: " + export.out());

        PackagedApp.Finished check = PackagedApp.command(Map.of(), "check", "--no-bundled", exported.toString());
        assertEquals(0, check.exitCode(), check.toString());

        Map<String, String> second = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + work.resolve("second"),
                "MAJLIS_SEEDS_BUNDLED", "false", "MAJLIS_SEEDS_EXTERNAL", exported.toString());
        assertEquals(answer, served(second), "the exported seeds serve what the database held");
        Path again = work.resolve("again");
        PackagedApp.Finished reexport = PackagedApp.command(second, "export", again.toString());
        assertEquals(0, reexport.exitCode(), reexport.toString());
        assertEquals(files(exported), files(again));
    }

    /**
     * What analysts wrote through the API leaves as seed files like any other: check passes, a start on them serves it,
     * and that start's own export is the same bytes.
     */
    @Test
    void anAnalystsDocumentAndMeetingAreExportedAsSeedsThatCheckPasses() throws Exception {
        Path work = Files.createTempDirectory("majlis-export-it");
        Path key = work.resolve("signing-key.pem");
        Map<String, String> database = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + work.resolve("curated"),
                "MAJLIS_AUTH_LOCAL_KEY", key.toString());
        try (PackagedApp app = PackagedApp.start(database)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            String token = PackagedApp.token(key, "ana");
            assertTrue(app.postGraphQL(CREATE_DOCUMENT, token).body().contains("\"userErrors\":[]"), app.output());
            String added = app.postGraphQL(ADD_MEETING, token).body();
            assertTrue(added.contains("\"id\":\"Meeting:2024-05-14-tripoli-talks\""), added);
        }
        Path exported = work.resolve("exported");
        PackagedApp.Finished export = PackagedApp.command(database, "export", exported.toString());
        assertEquals(0, export.exitCode(), export.toString());
        PackagedApp.Finished check = PackagedApp.command(Map.of(), "check", "--no-bundled", exported.toString());
        assertEquals(0, check.exitCode(), check.toString());
        String yaml = Files.readString(exported.resolve("documents/example-tripoli.yaml"));
        assertTrue(yaml.contains("2024-05-14-tripoli-talks") && yaml.contains("occurrence: 2"), yaml);

        Map<String, String> fromSeeds = Map.of("MAJLIS_SEEDS_BUNDLED", "false", "MAJLIS_SEEDS_EXTERNAL", exported.toString(),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + work.resolve("reimported"));
        try (PackagedApp app = PackagedApp.start(fromSeeds)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            String served = app.postGraphQL("""
                    {"query": "{ node(id: \\"Meeting:2024-05-14-tripoli-talks\\") { ... on Meeting { participants { actor { id } } evidence { start } } } }"}""").body();
            assertTrue(served.contains("Actor:abdullah-al-lafi") && served.contains("{\"start\":37}"), served);
        }
        Path again = work.resolve("again");
        PackagedApp.Finished reexport = PackagedApp.command(fromSeeds, "export", again.toString());
        assertEquals(0, reexport.exitCode(), reexport.toString());
        assertEquals(files(exported), files(again), "the re-import's export is the same bytes");
    }

    private static final String CREATE_DOCUMENT = """
            {"query": "mutation($i: CreateDocumentInput!) { createDocument(input: $i) { userErrors { code message } } }",
             "variables": {"i": {"slug": "example-tripoli", "title": "Talks in Tripoli", "publisher": "Example News",
               "publishedOn": "2024-05-14", "language": "en",
               "text": "Lavrov met al-Lafi in Tripoli today. Lavrov said the talks were useful."}}}""";

    /** al-Lafi quoted by his words, the meeting by words and by offsets: Lavrov's second name, which the export must number. */
    private static final String ADD_MEETING = """
            {"query": "mutation($i: AddMeetingInput!) { addMeeting(input: $i) { meeting { id } userErrors { code message } } }",
             "variables": {"i": {"document": "Document:example-tripoli", "slug": "2024-05-14-tripoli-talks",
               "title": {"en": "Lavrov and al-Lafi in Tripoli"}, "kind": "TALKS", "status": "REPORTED",
               "date": {"iso": "2024-05-14", "text": "today"}, "place": "Place:tripoli",
               "participants": [{"actor": "Actor:abdullah-al-lafi", "role": "HOST", "quotes": [{"text": "al-Lafi"}]}],
               "quotes": [{"start": 0, "end": 10}, {"text": "said the talks"}, {"start": 37, "end": 43}]}}}""";

    @Test
    void anInMemoryDatabaseHasNothingToExportAndSaysWhatToSet() throws Exception {
        Path folder = Files.createTempDirectory("majlis-export-it").resolve("exported");
        PackagedApp.Finished export = PackagedApp.command(Map.of(), "export", folder.toString());
        assertEquals(2, export.exitCode(), export.toString());
        assertTrue(export.err().contains("the database is in memory") && export.err().contains("QUARKUS_DATASOURCE_JDBC_URL"),
                export.err());
        assertTrue(Files.notExists(folder), "nothing written");
    }

    @Test
    void aDatabaseFileThatTheServiceHoldsIsOneLineAndExitsWithOne() throws Exception {
        Path work = Files.createTempDirectory("majlis-export-it");
        Map<String, String> database = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + work.resolve("held"));
        try (PackagedApp app = PackagedApp.start(database)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            PackagedApp.Finished export = PackagedApp.command(database, "export", work.resolve("exported").toString());
            assertEquals(1, export.exitCode(), export.toString());
            List<String> lines = export.err().lines().toList();
            assertEquals(1, lines.size(), "one line, no stack trace: " + export.err());
            assertTrue(lines.get(0).startsWith("export: could not start on the database: Database may be already in use: \""
                    + work.resolve("held.mv.db") + "\""), lines.get(0));
        }
    }

    /** Starts a service on the database, reads its graph as a reader does, and stops it. */
    private static String served(Map<String, String> environment) throws Exception {
        try (PackagedApp app = PackagedApp.start(environment)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            return app.postGraphQL(RestartIT.QUERY).body();
        }
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        assertTrue(files.size() > 5, "an export of the bundled seeds: " + files.keySet());
        return files;
    }
}
