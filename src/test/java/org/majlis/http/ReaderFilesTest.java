package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The reader's files are served with a policy that keeps its pages to the service; ReaderIT uses them in a browser. */
@QuarkusTest
class ReaderFilesTest {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Test
    void theReaderIsReachedWithoutItsSlash() {
        given().redirects().follow(false).when().get("/reader").then().statusCode(301).header("Location", "reader/");
    }

    @Test
    void theReadersFilesMayLoadNothingButTheServicesOwn() {
        given().when().get("/reader/").then().statusCode(200).header("Content-Security-Policy", POLICY)
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"));
        given().when().get("/reader/js/app.js").then().statusCode(200).header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff");
    }

    /** Without an identity provider (the tests' default), the reader offers no login: it is told of none. */
    @Test
    void theReaderIsToldOfNoIdentityProvider() {
        given().when().get("/reader/login.json").then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "public, max-age=300").header("Content-Security-Policy", POLICY).body(equalTo("{}"));
    }

    /** GraphiQL runs inline scripts: the reader's policy is the reader's alone. */
    @Test
    void graphiqlIsNotUnderTheReadersPolicy() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
        given().header("Content-Type", "application/json").body("{\"query\":\"{ __typename }\"}").when().post("/graphql")
                .then().statusCode(200).header("Content-Security-Policy", nullValue()).body("data.__typename", equalTo("Query"));
    }
}
