package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Runs every example operation in graphql/operations/ against the seeded service and compares the whole answer
 * with the reviewed one beside it (NAME.graphql, NAME.variables.json, NAME.expected.json). A change to the data or
 * the API that alters what a frontend sees fails here first.
 */
@QuarkusTest
class OperationsTest {

    static final Path OPERATIONS = Path.of("graphql/operations");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyExampleOperationAnswersAsReviewed() throws IOException {
        try (Stream<Path> files = Files.list(OPERATIONS)) {
            var operations = files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
            assertFalse(operations.isEmpty(), "graphql/operations/ holds no operation");
            return operations.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path operation) throws IOException {
        String name = operation.getFileName().toString().replace(".graphql", "");
        Path variablesFile = operation.resolveSibling(name + ".variables.json");
        Map<?, ?> variables = Files.exists(variablesFile) ? JSON.readValue(variablesFile.toFile(), Map.class) : Map.of();
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("query", Files.readString(operation, StandardCharsets.UTF_8), "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().asString();
        JsonNode actual = JSON.readTree(body);
        Path expectedFile = operation.resolveSibling(name + ".expected.json");
        Path actualFile = Path.of("target/operations", name + ".expected.json");
        Files.createDirectories(actualFile.getParent());
        Files.writeString(actualFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        JsonNode expected = Files.exists(expectedFile) ? JSON.readTree(expectedFile.toFile()) : null;
        assertEquals(expected, actual, name + ": the answer differs from " + expectedFile
                + "; review " + actualFile + " and copy it over when the change is meant");
    }
}
