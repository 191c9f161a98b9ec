package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.majlis.http.Apq.answerCacheHits;
import static org.majlis.http.Apq.executions;
import static org.majlis.http.Apq.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A repeated operation is answered from the answer cache, without running again (SmallRye's per-field execution
 * counter stays put), with the bytes and headers of its first answer; answers with errors are never kept; GET
 * answers carry an ETag and Cache-Control and revalidate to 304, POST answers carry no caching headers.
 */
@QuarkusTest
class AnswerCacheTest {

    private static final String PLACES = "query Places($first: Int) { places(first: $first) { nodes { id name } } }";

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithoutRunningAgain() {
        String query = unique(PLACES);
        double ran = executions("places");
        double hits = answerCacheHits();
        String first = post(query, Map.of("first", 2)).asString();
        assertEquals(ran + 1, executions("places"), "the first request runs");
        String second = post(query, Map.of("first", 2)).asString();
        assertEquals(ran + 1, executions("places"), "the second is not run again");
        assertEquals(hits + 1, answerCacheHits());
        assertEquals(first, second);
    }

    @Test
    void otherVariablesAreAnotherAnswer() {
        String query = unique(PLACES);
        post(query, Map.of("first", 1));
        given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("first", 2)))
                .when().post("/graphql").then().statusCode(200).body("data.places.nodes", hasSize(2));
    }

    @Test
    void variablesInAnotherOrderShareTheAnswer() {
        String query = unique("query Two($a: Int, $b: Int) { actors(first: $a) { nodes { id } } places(first: $b) { nodes { id } } }");
        given().contentType(ContentType.JSON).body("{\"query\": " + Apq.json(query) + ", \"variables\": {\"a\": 1, \"b\": 2}}")
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
        double ran = executions("places");
        given().contentType(ContentType.JSON).body("{\"query\": " + Apq.json(query) + ", \"variables\": {\"b\": 2, \"a\": 1}}")
                .when().post("/graphql").then().statusCode(200).body("data.places.nodes", hasSize(2));
        assertEquals(ran, executions("places"));
    }

    @Test
    void anAnswerWithErrorsIsNotCached() {
        String query = unique("{ node(id: \"Actor:no-such-actor\") { id } }");
        double ran = executions("node");
        for (int i = 1; i <= 2; i++) {
            given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                    .statusCode(200).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
            assertEquals(ran + i, executions("node"), "each request runs again");
        }
        get(query, Map.of()).header("ETag", nullValue()).header("Cache-Control", "no-store");
    }

    @Test
    void aCachedAnswerHasTheBytesAndContentTypeOfTheFirst() {
        for (String accept : new String[] { "application/json", "application/graphql-response+json" }) {
            String query = unique(PLACES);
            ExtractableResponse<Response> first = get(query, Map.of("first", 3), accept).extract();
            ExtractableResponse<Response> second = get(query, Map.of("first", 3), accept).extract();
            assertEquals(first.asString(), second.asString());
            assertEquals(first.contentType(), second.contentType());
            assertEquals(first.header("ETag"), second.header("ETag"));
        }
    }

    @Test
    void aGetAnswerCarriesAnETagAndRevalidatesTo304() {
        String query = unique(PLACES);
        String etag = get(query, Map.of("first", 2)).statusCode(200)
                .header("ETag", matchesRegex("\"[A-Za-z0-9_-]{43}-json\""))
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", "Accept, Origin")
                .extract().header("ETag");
        given().accept(ContentType.JSON).header("If-None-Match", etag).queryParam("query", query)
                .queryParam("variables", "{\"first\": 2}").when().get("/graphql").then()
                .statusCode(304).header("ETag", etag).body(equalTo(""));
        given().accept(ContentType.JSON).header("If-None-Match", "\"another\"").queryParam("query", query)
                .queryParam("variables", "{\"first\": 2}").when().get("/graphql").then()
                .statusCode(200).body("data.places.nodes", hasSize(2));
    }

    @Test
    void theETagNamesTheMediaTypeAnAnswerIsSentAs() {
        String query = unique(PLACES);
        String json = get(query, Map.of("first", 1), "application/json").extract().header("ETag");
        get(query, Map.of("first", 1), "application/graphql-response+json").header("ETag", not(equalTo(json)))
                .header("ETag", notNullValue());
    }

    @Test
    void postAnswersCarryNoCachingHeaders() {
        String query = unique(PLACES);
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                    .statusCode(200).body("errors", nullValue())
                    .header("ETag", nullValue()).header("Cache-Control", nullValue());
        }
    }

    private static Response post(String query, Map<String, ?> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).when().post("/graphql");
    }

    private static io.restassured.response.ValidatableResponse get(String query, Map<String, ?> variables) {
        return get(query, variables, "application/json");
    }

    private static io.restassured.response.ValidatableResponse get(String query, Map<String, ?> variables, String accept) {
        return given().accept(accept).queryParam("query", query).queryParam("variables", Apq.json(variables))
                .when().get("/graphql").then();
    }
}
