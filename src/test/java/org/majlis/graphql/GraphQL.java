package org.majlis.graphql;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts a GraphQL operation to the running service, as a frontend would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /** As a writer: with their bearer token. */
    public static ValidatableResponse postAs(String token, String query, Map<String, ?> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    public static ValidatableResponse post(String query, Map<String, ?> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }
}
