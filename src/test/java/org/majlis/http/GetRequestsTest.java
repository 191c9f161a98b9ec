package org.majlis.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Queries sent with GET, as Apollo Client's useGETForQueries and curl send them, are answered as written. */
@QuarkusTest
class GetRequestsTest {

    @Test
    void aQueryThatBeginsWithACommentLineIsAnswered() {
        given().queryParam("query", """
                # The first actor, for a smoke test.
                { actors(first: 1) { nodes { id } } }""")
                .when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.actors.nodes.id", contains("Actor:abdoulaye-bathily"));
    }

    @Test
    void aPlusAndAPercentSignInAStringReachTheResolverAsTyped() {
        given().queryParam("query", "query Echo($id: ID!) { node(id: $id) { id } }")
                .queryParam("variables", "{\"id\": \"Actor:no+such 100%\"}")
                .when().get("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", equalTo("'Actor:no+such 100%' is not a Majlis id: ids look like Actor:sergei-lavrov"));
    }
}
