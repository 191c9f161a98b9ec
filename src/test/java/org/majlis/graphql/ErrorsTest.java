package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every error says what to fix with a code, and nothing of how the server is built. */
@QuarkusTest
class ErrorsTest {

    @Test
    void anUnknownFieldIsAValidationError() {
        GraphQL.post("{ actors { nodes { age } } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("Field 'age' in type 'Actor' is undefined"));
    }

    @Test
    void aVariableOfTheWrongTypeIsAValidationError() {
        GraphQL.post("query Actors($first: Int) { actors(first: $first) { totalCount } }", Map.of("first", "many"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void anInvalidDateInAFilterNamesTheGraphQLTypeNotAJavaClass() {
        GraphQL.post("query M($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
                Map.of("f", Map.of("from", "2024-13-01")))
                .body("errors[0].extensions.code", notNullValue())
                .body(not(containsString("org.majlis")));
    }

    @Test
    void errorsCarryOnlyCodeAndClassification() {
        GraphQL.post("query Node($id: ID!) { node(id: $id) { id } }", Map.of("id", "Actor:nobody"))
                .body("errors[0].extensions.keySet()", org.hamcrest.Matchers.containsInAnyOrder("code", "classification"));
    }

    @Test
    void badRequestsLeakNoStackTraceAndTheServiceAnswersAfter() {
        for (String body : new String[] { "{\"query\": \"{ actors { \"}", "not json", "{\"query\": 42}",
                "{\"query\": \"{ node(id: \\\"x\\\") { id } }\"}" }) {
            given().contentType(ContentType.JSON).body(body).when().post("/graphql").then()
                    .body(not(containsString("Exception:")))
                    .body(not(containsString("java.")))
                    .body(not(containsString("\tat ")))
                    .body(not(containsString("org.majlis")));
        }
        GraphQL.post("{ documents { totalCount } }").body("data.documents.totalCount", equalTo(1));
    }
}
