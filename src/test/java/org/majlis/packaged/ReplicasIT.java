package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two replicas of the packaged app on one shared database (an H2 server here, as PostgreSQL in production; the
 * packaged app is the H2 build): what a writer commits through one is answered by the other within a second or so,
 * its cached answers included, and two writers racing on one document through the two get one success and one
 * CONFLICT.
 */
class ReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNT = """
            {"query": "{ documents { totalCount } }"}""";
    private static final String CREATE = """
            {"query": "mutation($i: CreateDocumentInput!) { createDocument(input: $i) { document { id } userErrors { code } } }",
             "variables": {"i": {"slug": "%s", "title": "Talks in Tripoli", "publisher": "Example News",
               "publishedOn": "2024-05-14", "language": "ar", "text": "التقى وزير الخارجية بعبد الله اللافي في طرابلس اليوم."}}}""";
    private static final String EDIT = """
            {"query": "mutation($i: EditDocumentInput!) { editDocument(input: $i) { document { version title } userErrors { code } } }",
             "variables": {"i": {"id": "Document:%s", "version": 1, "title": "%s"}}}""";
    private static final String MENTIONS = """
            {"query": "{ node(id: \\"Actor:abdullah-al-lafi\\") { ... on Actor { mentions(first: 100) { nodes { document { id } } } } } }"}""";

    private static Server database;
    private static Path key;
    private static PackagedApp first;
    private static PackagedApp second;

    @BeforeAll
    static void twoReplicasOnOneDatabase() throws Exception {
        Path data = Files.createTempDirectory("majlis-shared");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", data.toString(), "-ifNotExists")
                .start();
        key = data.resolve("signing-key.pem");
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:tcp://localhost:" + port + "/majlis",
                // Replicas check one key's tokens (with an identity provider, its published keys).
                "MAJLIS_AUTH_LOCAL_KEY", key.toString());
        first = PackagedApp.start(environment);
        assertTrue(first.awaitReady(Duration.ofSeconds(120)), first.output());
        second = PackagedApp.start(environment);
        assertTrue(second.awaitReady(Duration.ofSeconds(120)), second.output());
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void aDocumentWrittenThroughOneIsAnsweredByTheOther() throws Exception {
        int before = count(second); // now in the second replica's answer cache
        var created = first.postGraphQL(CREATE.formatted("replicated"), token("ana"));
        long acknowledged = System.nanoTime();
        assertEquals("Document:replicated", JSON.readTree(created.body()).at("/data/createDocument/document/id").asText(),
                created.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (count(second) != before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(before + 1, count(second), "the second replica still answers its old count");
        System.out.printf("ReplicasIT: the second replica answered the new count %d ms after the first acknowledged "
                + "the write%n", (System.nanoTime() - acknowledged) / 1_000_000);
        JsonNode mentions = JSON.readTree(second.postGraphQL(MENTIONS).body()).at("/data/node/mentions/nodes");
        assertTrue(mentions.findValuesAsText("id").contains("Document:replicated"), mentions.toString());
    }

    /** Both edits of version 1 sent at once, one through each replica: the database lets one win. */
    @Test
    void twoWritersRacingThroughTwoReplicasGetOneSuccessAndOneConflict() throws Exception {
        String ana = token("ana");
        String bob = token("bob");
        first.postGraphQL(CREATE.formatted("raced"), ana);
        CompletableFuture<JsonNode> throughFirst = edit(first, "Ana's title", ana);
        CompletableFuture<JsonNode> throughSecond = edit(second, "Bob's title", bob);
        List<JsonNode> answers = List.of(throughFirst.get(30, TimeUnit.SECONDS), throughSecond.get(30, TimeUnit.SECONDS));
        List<JsonNode> won = answers.stream().filter(a -> a.at("/data/editDocument/userErrors").isEmpty()).toList();
        List<JsonNode> lost = answers.stream()
                .filter(a -> "CONFLICT".equals(a.at("/data/editDocument/userErrors/0/code").asText())).toList();
        assertEquals(1, won.size(), answers.toString());
        assertEquals(1, lost.size(), answers.toString());
        String winner = won.get(0).at("/data/editDocument/document/title").asText();
        assertEquals(winner, lost.get(0).at("/data/editDocument/document/title").asText(), "the loser is shown what won");
        assertEquals(2, lost.get(0).at("/data/editDocument/document/version").asInt(), answers.toString());
    }

    private static CompletableFuture<JsonNode> edit(PackagedApp app, String title, String token) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return JSON.readTree(app.postGraphQL(EDIT.formatted("raced", title), token).body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static int count(PackagedApp app) throws Exception {
        return JSON.readTree(app.postGraphQL(COUNT).body()).at("/data/documents/totalCount").asInt();
    }

    private static String token(String user) throws Exception {
        return PackagedApp.token(key, user);
    }
}
