package org.majlis.http;

import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.vertx.ext.web.RoutingContext;

/**
 * The parameters of a GraphQL-over-HTTP request, checked for shape: a string {@code query}, and when present a
 * string {@code operationName} and JSON objects {@code variables} and {@code extensions}.
 */
record RequestParameters(String query, String operationName) {

    /** Deep enough for any real variables, shallow enough that reading them stays cheap. */
    private static final int MAX_JSON_DEPTH = 64;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
        if (query == null || query.isNull()) {
            throw Refusal.badRequest("the request has no query");
        }
        if (!query.isTextual()) {
            throw Refusal.badRequest("the query must be a string");
        }
        objectOrNull(request.get("variables"), "variables");
        objectOrNull(request.get("extensions"), "extensions");
        return new RequestParameters(query.asText(), stringOrNull(request.get("operationName")));
    }

    static RequestParameters fromQueryString(RoutingContext ctx) {
        String query = single(ctx, "query");
        if (query == null || query.isEmpty()) {
            throw Refusal.badRequest("the request has no query parameter");
        }
        for (String name : List.of("variables", "extensions")) {
            String value = single(ctx, name);
            if (value != null && !value.isEmpty()) {
                objectOrNull(read(value, "the " + name + " parameter"), name);
            }
        }
        return new RequestParameters(query, single(ctx, "operationName"));
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
            throw Refusal.badRequest(what + " is not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static void objectOrNull(JsonNode value, String name) {
        if (value != null && !value.isNull() && !value.isObject()) {
            throw Refusal.badRequest("'" + name + "' must be a JSON object");
        }
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
