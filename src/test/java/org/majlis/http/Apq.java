package org.majlis.http;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Requests as the automatic-persisted-query clients send them (Apollo Client's persisted-queries link, urql's
 * persistedExchange): the query's SHA-256 in extensions.persistedQuery, with or without the query; and the
 * service's counters, read from /q/metrics as an operator reads them.
 */
final class Apq {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Apq() {
    }

    /** A query text no other test sends, so that the answer and persisted-query caches start empty for it. */
    static String unique(String query) {
        return "# " + UUID.randomUUID() + "\n" + query;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    static ValidatableResponse getHashOnly(String query, Map<String, ?> variables) {
        return given().accept(ContentType.JSON).queryParam("extensions", json(extensions(sha256(query))))
                .queryParam("variables", json(variables)).when().get("/graphql").then();
    }

    static ValidatableResponse getWithQuery(String query, Map<String, ?> variables) {
        return given().accept(ContentType.JSON).queryParam("query", query)
                .queryParam("extensions", json(extensions(sha256(query))))
                .queryParam("variables", json(variables)).when().get("/graphql").then();
    }

    static ValidatableResponse postHashOnly(String query, Map<String, ?> variables) {
        return post(null, sha256(query), variables);
    }

    static ValidatableResponse postWithQuery(String query, Map<String, ?> variables) {
        return post(query, sha256(query), variables);
    }

    static ValidatableResponse post(String query, String hash, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("variables", variables);
        body.put("extensions", extensions(hash));
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    static ValidatableResponse postWithVersion(String query, int version) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "extensions", Map.of("persistedQuery", Map.of("version", version, "sha256Hash", sha256(query)))))
                .when().post("/graphql").then();
    }

    /** How many times SmallRye has run the resolver of a top-level field: it counts every execution. */
    static double executions(String field) {
        return metric("mp_graphql_seconds_count\\{name=\"" + field + "\",source=\"false\",type=\"QUERY\"}");
    }

    /** Answers served from the answer cache. */
    static double answerCacheHits() {
        return metric("cache_gets_total\\{cache=\"graphql-answers\",result=\"hit\"}");
    }

    private static double metric(String pattern) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher found = Pattern.compile("(?m)^" + pattern + " (\\S+)$").matcher(metrics);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
