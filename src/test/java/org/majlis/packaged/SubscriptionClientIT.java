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
 * as an analyst over HTTP: every change comes back once, in the order written, with who made it. A subscription past
 * the parser's character limit is refused over the socket as over HTTP (the gate sets graphql-java's defaults).
 */
class SubscriptionClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGraphqlWsSubscriberReceivesEveryChangeOnceInOrder() throws Exception {
        AuditFolder.install();
        Path home = Files.createTempDirectory("majlis-home");
        try (PackagedApp app = PackagedApp.startAsInstalled(home, Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(120)), app.output());
            String token = PackagedApp.token(home.resolve("majlis-data/signing-key.pem"), "ana");
            AuditFolder.Result run = AuditFolder.run(List.of("node", "subscribe.mjs",
                    "http://localhost:" + app.port + "/graphql", token), Duration.ofMinutes(1));
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
            // SmallRye answers a parse refusal over the socket in its own words, without the gate's code.
            assertTrue(run.output().contains("INSIDE {\"listening\":true}"), run.output());
            assertTrue(run.output().contains("OVERSIZED {\"errors\":[{\"message\":\"Unparseable input document\""),
                    run.output());
        }
    }
}
