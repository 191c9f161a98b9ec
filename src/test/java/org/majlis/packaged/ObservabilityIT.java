package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What an operator watches, on the packaged app in its production profile. */
class ObservabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = """
            {"query": "query ObservabilityProbe { actors(first: 1) { totalCount } }"}""";

    @Test
    void logsAreJsonAndNameTheOperationWhileMetricsTimeItAndCountTheSql() throws Exception {
        // JSON as the images, compose and the ConfigMap turn it on (deploy/); a plain java -jar logs text.
        try (PackagedApp app = PackagedApp.start(Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"))) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            assertEquals(200, app.postGraphQL(QUERY).statusCode());

            String metrics = app.get("/q/metrics").body();
            assertTrue(metrics.contains("mp_graphql_seconds_count{name=\"actors\",source=\"false\",type=\"QUERY\"} 1.0"), metrics);
            assertTrue(Pattern.compile("(?m)^hibernate_statements_total\\{[^}]*status=\"prepared\"} [1-9]").matcher(metrics).find(),
                    metrics);

            JsonNode line = operationLine(app, Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError(outputOf(app)));
            assertEquals("ObservabilityProbe", line.path("mdc").path("graphql.operation").asText(), line.toString());
            assertTrue(line.path("message").asText().startsWith("GraphQL query ObservabilityProbe answered"), line.toString());
        }
    }

    @Test
    void sigtermStopsTheServiceCleanly() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            app.process.destroy();
            app.awaitExit(Duration.ofSeconds(30));
            assertTrue(app.output().contains("majlis stopped in"), app.output());
        }
    }

    /** The JSON log line that records the operation. */
    private static Optional<JsonNode> operationLine(PackagedApp app, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        do {
            for (String text : app.output().split("\n")) {
                if (text.startsWith("{") && text.contains("OperationLog")) {
                    return Optional.of(JSON.readTree(text));
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        return Optional.empty();
    }

    private static String outputOf(PackagedApp app) {
        try {
            return app.output();
        } catch (java.io.IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
