package org.majlis.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** GraphiQL ships in the packaged application: the API is public and read-only. */
@QuarkusIntegrationTest
class GraphiQLIT {

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("graphiql"));
    }
}
