package org.majlis.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The seed formats' JSON Schemas, served at the stable URLs that seeds/README.md gives for editors' modelines. */
@QuarkusTest
class SeedSchemasServedTest {

    @ParameterizedTest
    @ValueSource(strings = { "document.schema.json", "entities.schema.json" })
    void eachSchemaIsServedAsTheJsonThatSeedsSchemaHolds(String schema) throws Exception {
        Response response = given().get("/seeds/schema/" + schema);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals(Files.readString(Path.of("seeds/schema", schema)), response.asString());
        assertEquals("https://json-schema.org/draft/2020-12/schema", response.jsonPath().getString("'$schema'"));
    }
}
