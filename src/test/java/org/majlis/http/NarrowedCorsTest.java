package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** An operator narrows the allowed origins with one setting (QUARKUS_HTTP_CORS_ORIGINS); other origins are refused. */
@QuarkusTest
@TestProfile(NarrowedCorsTest.OneOrigin.class)
class NarrowedCorsTest {

    private static final String ALLOWED = "https://app.example.org";
    private static final String FOREIGN = "https://elsewhere.example.com";
    private static final String QUERY = """
            {"query": "query Count { documents { totalCount } }"}""";

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", ALLOWED);
        }
    }

    @Test
    void aPreflightFromTheAllowedOriginIsAnswered() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ALLOWED);
    }

    @Test
    void aPostFromTheAllowedOriginIsAnswered() {
        given().header("Origin", ALLOWED).contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ALLOWED)
                .body("data.documents.totalCount", notNullValue());
    }

    @Test
    void aPreflightFromAForeignOriginIsRefused() {
        given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPostFromAForeignOriginIsRefused() {
        given().header("Origin", FOREIGN).contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aRequestWithoutAnOriginIsStillAnswered() {
        given().contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(200).body("data.documents.totalCount", notNullValue());
    }
}
