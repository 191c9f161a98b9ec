package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Apollo Client's automatic persisted queries link (audit/apollo-apq.mjs, @apollo/client pinned by audit/'s
 * package-lock.json), hashed queries over GET, against the packaged app: the hash alone is not found, the link sends
 * the query with it, and the second query travels as the hash alone and is answered with caching headers.
 */
class PersistedQueriesClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void apolloClientsPersistedQueriesLinkGetsItsAnswers() throws Exception {
        AuditFolder.install();
        try (PackagedApp app = PackagedApp.start(Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            AuditFolder.Result run = AuditFolder.run(List.of("node", "apollo-apq.mjs", "http://localhost:" + app.port + "/graphql"),
                    Duration.ofMinutes(1));
            assertEquals(0, run.exit(), run.output());
            List<JsonNode> exchanges = lines(run.output(), "EXCHANGE ");
            assertEquals(3, exchanges.size(), run.output());
            assertExchange(exchanges.get(0), "GET", false, "PERSISTED_QUERY_NOT_FOUND");
            assertExchange(exchanges.get(1), "POST", true, null);
            assertExchange(exchanges.get(2), "GET", false, null);
            assertNotNull(exchanges.get(2).get("etag").textValue(), run.output());
            assertEquals("public, max-age=60", exchanges.get(2).get("cacheControl").textValue());
            JsonNode answers = lines(run.output(), "ANSWERS ").get(0);
            assertEquals(answers.get(0), answers.get(1));
            assertEquals(2, answers.get(0).at("/actors/nodes").size(), run.output());
            assertTrue(answers.get(0).at("/actors/nodes/0/id").textValue().startsWith("Actor:"), run.output());
        }
    }

    private static void assertExchange(JsonNode exchange, String method, boolean sentQuery, String code) {
        assertEquals(method, exchange.get("method").textValue(), exchange.toString());
        assertEquals(sentQuery, exchange.get("sentQuery").booleanValue(), exchange.toString());
        assertEquals(200, exchange.get("status").intValue(), exchange.toString());
        assertEquals(code, exchange.get("code").textValue(), exchange.toString());
    }

    private static List<JsonNode> lines(String output, String prefix) {
        return output.lines().filter(line -> line.startsWith(prefix)).map(line -> {
            try {
                return JSON.readTree(line.substring(prefix.length()));
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }
}
