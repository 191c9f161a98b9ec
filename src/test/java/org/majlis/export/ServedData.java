package org.majlis.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.graphql.GraphQL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the GraphQL API serves, read as a client reads it, to hold each export against. */
final class ServedData {

    /** Jackson, not RestAssured's JsonPath, which reads numbers as floats and so loses coordinates' digits. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedData() {
    }

    /** Every node of a top-level connection, page by page, with the given selection. */
    static List<Map<String, Object>> all(String field, String selection) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = read(GraphQL.post("query($after: String) { " + field + "(first: 100, after: $after) { nodes { "
                    + selection + " } pageInfo { hasNextPage endCursor } } }", variables).extract().asString())
                    .get("data").get(field);
            for (JsonNode node : page.get("nodes")) {
                nodes.add(JSON.convertValue(node, new TypeReference<Map<String, Object>>() { }));
            }
            after = page.get("pageInfo").get("hasNextPage").asBoolean() ? page.get("pageInfo").get("endCursor").asText() : null;
        } while (after != null);
        return nodes;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int total(String field) {
        return GraphQL.post("{ " + field + "(first: 1) { totalCount } }").extract().path("data." + field + ".totalCount");
    }

    /** Every document's publisher, publishedOn and url, by id. */
    static Map<String, Map<String, Object>> citations() {
        Map<String, Map<String, Object>> citations = new LinkedHashMap<>();
        for (Map<String, Object> document : all("documents", "id publisher publishedOn url")) {
            citations.put((String) document.get("id"), document);
        }
        return citations;
    }

    /** Every document's text, by id. */
    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map<String, Object> document : all("documents", "id text")) {
            texts.put((String) document.get("id"), (String) document.get("text"));
        }
        return texts;
    }
}
