package org.majlis.http;

import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.vertx.ext.web.RoutingContext;

/**
 * The parameters of a GraphQL-over-HTTP request, checked for shape: a string {@code query}, and when present a
 * string {@code operationName} and JSON objects {@code variables} and {@code extensions}. The query may be left out
 * when {@code extensions.persistedQuery} names it by its hash ({@link PersistedQueries}); {@code body} is the POST
 * body as read, null for GET.
 */
record RequestParameters(String query, String operationName, JsonNode variables, JsonNode persistedQuery,
        ObjectNode body) {

    /** Deep enough for any real variables, shallow enough that reading them stays cheap. */
    private static final int MAX_JSON_DEPTH = 64;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Two values for one name would be read one way here and perhaps another by SmallRye's parser: the
            // answer cache keys on what the gate reads (as GET refuses a parameter given twice).
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Numbers as the exact decimals written, for the answer cache's key (org.majlis.graphql.AnswerCache).
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static RequestParameters fromBody(String body) {
        if (body == null || body.isBlank()) {
            throw Refusal.badRequest("the request body is empty: POST a JSON object with a query");
        }
        JsonNode request = read(body, "the request body");
        if (request.isArray()) {
            throw Refusal.badRequest("batching is not supported: send one operation per request");
        }
        if (!request.isObject()) {
            throw Refusal.badRequest("the request body must be a JSON object with a query");
        }
        JsonNode query = request.get("query");
        JsonNode persistedQuery = persistedQuery(objectOrNull(request.get("extensions"), "extensions"));
        if ((query == null || query.isNull()) && persistedQuery == null) {
            throw Refusal.badRequest("the request has no query");
        }
        if (query != null && !query.isNull() && !query.isTextual()) {
            throw Refusal.badRequest("the query must be a string");
        }
        return new RequestParameters(query == null || query.isNull() ? null : query.asText(),
                stringOrNull(request.get("operationName")), objectOrNull(request.get("variables"), "variables"),
                persistedQuery, (ObjectNode) request);
    }

    static RequestParameters fromQueryString(RoutingContext ctx) {
        String query = single(ctx, "query");
        JsonNode variables = parameter(ctx, "variables");
        JsonNode persistedQuery = persistedQuery(parameter(ctx, "extensions"));
        if ((query == null || query.isEmpty()) && persistedQuery == null) {
            throw Refusal.badRequest("the request has no query parameter");
        }
        return new RequestParameters(query == null || query.isEmpty() ? null : query, single(ctx, "operationName"),
                variables, persistedQuery, null);
    }

    /** The same request with the query a persisted query's hash named. */
    RequestParameters withQuery(String text) {
        return new RequestParameters(text, operationName, variables, persistedQuery, body);
    }

    private static JsonNode parameter(RoutingContext ctx, String name) {
        String value = single(ctx, name);
        return value == null || value.isEmpty() ? null : objectOrNull(read(value, "the " + name + " parameter"), name);
    }

    private static JsonNode persistedQuery(JsonNode extensions) {
        JsonNode persisted = extensions == null ? null : extensions.get("persistedQuery");
        return persisted == null || persisted.isNull() ? null : persisted;
    }

    /** The kind of the operation to run, or null when the document does not name one clearly (graphql-java says why). */
    OperationDefinition.Operation operation(Document document) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0).getOperation() : null;
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst()
                .map(OperationDefinition::getOperation).orElse(null);
    }

    private static JsonNode read(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String twice = e.getOriginalMessage().startsWith("Duplicate field") ? ": a property is given twice" : "";
            throw Refusal.badRequest(what + " is not valid JSON" + twice + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static JsonNode objectOrNull(JsonNode value, String name) {
        if (value != null && !value.isNull() && !value.isObject()) {
            throw Refusal.badRequest("'" + name + "' must be a JSON object");
        }
        return value;
    }

    private static String stringOrNull(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw Refusal.badRequest("'operationName' must be a string");
        }
        return value.asText();
    }

    private static String single(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        if (values.size() > 1) {
            throw Refusal.badRequest("the '" + name + "' parameter is given more than once");
        }
        return values.isEmpty() ? null : values.get(0);
    }
}
