package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The committed SDL is the contract frontends generate types from: it must be what the service serves. */
@QuarkusTest
class SchemaTest {

    static final Path COMMITTED = Path.of("graphql/schema.graphql");

    @Test
    void servedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Path actual = Path.of("target/schema.graphql");
        Files.writeString(actual, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "the served schema differs from graphql/schema.graphql; if the change is meant, "
                + "review it and run: cp target/schema.graphql graphql/schema.graphql");
    }
}
