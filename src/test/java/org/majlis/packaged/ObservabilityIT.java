package org.majlis.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.OperationLog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What an operator watches, on the packaged app in its production profile. */
class ObservabilityIT {

    /** As the container images, Compose and Kubernetes files set it: there the log is read by machines. */
    private static final Map<String, String> JSON_LOG = Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The level of the category in which org.majlis.graphql.OperationLog writes a line for every operation. */
    private static final String EVERY_OPERATION = "QUARKUS_LOG_CATEGORY__MAJLIS_GRAPHQL_OPERATIONS__LEVEL";
    /** Quarkus's default console format: time, level, category, thread, message. */
    private static final Pattern PLAIN_LINE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} (INFO|WARN|ERROR|DEBUG) +\\[[^]]+] \\([^)]+\\) .*");
    private static final String QUERY = """
            {"query": "query ObservabilityProbe { actors(first: 1) { totalCount } }"}""";

    /** The README's command, as a person runs it in a terminal: plain lines, and no warning on a normal start. */
    @Test
    void theDefaultLogIsPlainLinesWithoutAWarning() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of())) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            String output = app.output();
            assertTrue(output.lines().anyMatch(line -> PLAIN_LINE.matcher(line).matches() && line.contains("Seeds imported: ")),
                    output);
            assertTrue(output.lines().noneMatch(line -> line.startsWith("{")), output);
            assertTrue(output.lines().noneMatch(line -> line.contains(" WARN ")), output);
        }
    }

    @Test
    void jsonLogsNameTheOperationWhileMetricsTimeItAndCountTheSql() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true", EVERY_OPERATION, "DEBUG"))) {
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

    /** By default the per-operation line is written for what needs a look only: here, an operation with an error. */
    @Test
    void byDefaultOnlyAnOperationWithAnErrorIsLogged() throws Exception {
        try (PackagedApp app = PackagedApp.start(JSON_LOG)) {
            assertTrue(app.awaitReady(Duration.ofSeconds(60)), app.output());
            assertEquals(200, app.postGraphQL(QUERY).statusCode());
            assertEquals(200, app.postGraphQL("""
                    {"query": "query MissingActor { node(id: \\"Actor:nobody-at-all\\") { id } }"}""").statusCode());

            JsonNode line = operationLine(app, Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError(outputOf(app)));
            assertEquals("INFO", line.path("level").asText(), line.toString());
            assertTrue(line.path("message").asText().startsWith("GraphQL query MissingActor answered"), line.toString());
            assertTrue(line.path("message").asText().endsWith("with 1 errors"), line.toString());
            assertEquals(1, app.output().lines().filter(ObservabilityIT::isOperationLine).count(),
                    app.output());
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
                if (isOperationLine(text)) {
                    return Optional.of(JSON.readTree(text));
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        return Optional.empty();
    }

    private static boolean isOperationLine(String text) {
        return text.startsWith("{") && text.contains("\"loggerName\":\"" + OperationLog.CATEGORY + "\"");
    }

    private static String outputOf(PackagedApp app) {
        try {
            return app.output();
        } catch (java.io.IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
