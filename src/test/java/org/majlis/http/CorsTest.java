package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * By default any origin may query the API, as a browser checks it: a page served elsewhere (a Vite dev server on
 * another port, say) is answered its preflight, reads its answers and reads the coded errors of its refusals.
 */
@QuarkusTest
class CorsTest {

    private static final String FRONTEND = "http://localhost:5173";
    private static final String QUERY = """
            {"query": "query Count { documents { totalCount } }"}""";

    @Test
    void aPreflightFromAnyOriginIsAnswered() {
        given().header("Origin", FRONTEND).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("content-type"))
                .header("Access-Control-Allow-Credentials", "false");
    }

    @Test
    void aPostFromAnotherOriginIsAnsweredWithAllowOrigin() {
        given().header("Origin", FRONTEND).contentType(ContentType.JSON).body(QUERY)
                .when().post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Credentials", "false")
                .body("errors", nullValue()).body("data.documents.totalCount", notNullValue());
    }

    @Test
    void aGetFromAnotherOriginIsAnsweredWithAllowOrigin() {
        given().header("Origin", FRONTEND).queryParam("query", "query Count { documents { totalCount } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .body("data.documents.totalCount", notNullValue());
    }

    /** The CORS filter runs before the gate, so a page can read why it was refused. */
    @Test
    void aRefusalCarriesAllowOriginSoThePageCanReadTheCode() {
        given().header("Origin", FRONTEND).contentType("text/plain").body(QUERY)
                .when().post("/graphql")
                .then().statusCode(415)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"))
                .body("errors[0].message", equalTo("only application/json request bodies are accepted"));
    }

    @Test
    void aMutationOverGetRefusedWith405CarriesAllowOrigin() {
        given().header("Origin", FRONTEND).queryParam("query", "mutation { __typename }")
                .when().get("/graphql")
                .then().statusCode(405)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"))
                .body("errors[0].message", equalTo("a mutation cannot be sent with GET: use POST"));
    }
}
