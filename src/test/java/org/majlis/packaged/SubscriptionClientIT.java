package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The graphql-ws client from npm (audit/subscribe.mjs, pinned by audit/'s package-lock.json) subscribes to
 * {@code changed} over graphql-transport-ws on the packaged app, on its default lasting store, while the script writes
 * as an analyst over HTTP: every change comes back once, in the order written, with who made it.
 */
class SubscriptionClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGraphqlWsSubscriberReceivesEveryChangeOnceInOrder() throws Exception {
        AuditFolder.install();
        Path home = Files.createTempDirectory("majlis-home");
        try (PackagedApp app = PackagedApp.startAsInstalled(home, Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            PackagedApp.Finished token = PackagedApp.command(
                    Map.of("MAJLIS_AUTH_LOCAL_KEY", home.resolve("majlis-data/signing-key.pem").toString()),
                    "token", "ana", "--role", "analyst");
            assertEquals(0, token.exitCode(), token.err());
            AuditFolder.Result run = AuditFolder.run(List.of("node", "subscribe.mjs",
                    "http://localhost:" + app.port + "/graphql", token.out().strip()), Duration.ofMinutes(1));
            assertEquals(0, run.exit(), run.output() + "\n" + app.output());
            JsonNode written = JSON.readTree(run.output().lines().filter(l -> l.startsWith("WRITTEN ")).findFirst()
                    .orElseThrow(() -> new AssertionError(run.output())).substring("WRITTEN ".length()));
            long runId = written.get("run").asLong();
            assertEquals(List.of("CREATED Document:written-" + runId + "-1", "CREATED Document:written-" + runId + "-2",
                    "CREATED Document:written-" + runId + "-3", "EDITED Document:written-" + runId + "-1"),
                    JSON.convertValue(written.get("after"), List.class), run.output());
            JsonNode first = JSON.readTree(run.output().lines().filter(l -> l.startsWith("CHANGE ")).findFirst()
                    .orElseThrow().substring("CHANGE ".length()));
            assertEquals("ana", first.get("author").asText(), first.toString());
            assertEquals("ANALYST", first.get("origin").asText(), first.toString());
            assertTrue(first.get("id").asText().startsWith("Change:"), first.toString());
        }
    }
}
