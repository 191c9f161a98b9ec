package org.majlis.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The operations a frontend or an analyst really writes (src/test/resources/realistic/, and the bundled reader's in
 * src/main/resources/META-INF/resources/reader/queries/) are answered in full, at
 * their default page size and at 100 a page: the limits must let them through, as HostileRequestsTest shows they
 * stop the attacks. Against the tests' fixture seeds here (src/test/resources/fixture-seeds), against the bundled
 * seeds beside a synthetic corpus of 1,000 documents in RealisticOperationsOnCorpusTest, and against the packaged
 * app with that corpus in RealisticOperationsIT. Beside each answer the test writes the estimated cost and the
 * values really answered to target/RealisticOperations*.md, the figures of docs/security.md.
 */
@QuarkusTest
public class RealisticOperationsTest {

    static final Path OPERATIONS = Path.of("src/test/resources/realistic");
    /** What an analyst's frontend sends to change the graph. */
    public static final Path WRITES = OPERATIONS.resolve("writes");
    /** The bundled reader's operations, exactly as it sends them (its js/api.js loads them from there). */
    static final Path READER_OPERATIONS = Path.of("src/main/resources/META-INF/resources/reader/queries");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StringBuilder REPORT = new StringBuilder();
    /** The test class whose figures REPORT holds: this one, or a subclass on another corpus or app. */
    private static volatile String reporting = "";

    @TestFactory
    Stream<DynamicTest> everyRealisticOperationIsAnsweredAtItsDefaultPageSize() throws IOException {
        return operations().map(p -> DynamicTest.dynamicTest(name(p), () -> answered(p, Map.of())));
    }

    @TestFactory
    Stream<DynamicTest> everyRealisticOperationIsAnsweredAtAHundredAPage() throws IOException {
        return operations().filter(p -> read(p).contains("$first"))
                .map(p -> DynamicTest.dynamicTest(name(p), () -> answered(p, Map.of("first", 100))));
    }

    /**
     * The reader's own mutations (its editor's) would be refused here, anonymous and on a store in memory: each is
     * checked against the served schema instead, and EditorIT sends them from the browser with an analyst's token.
     */
    @TestFactory
    Stream<DynamicTest> theReadersMutationsAreValidAgainstTheServedSchema() throws IOException {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        GraphQLSchema served = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        List<Path> mutations = readerOperations().filter(RealisticOperationsTest::isMutation).toList();
        assertFalse(mutations.isEmpty(), "the reader's editor sends no mutation");
        return mutations.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> assertEquals(List.of(),
                new Validator().validateDocument(served, Parser.parse(read(p)), Locale.ENGLISH), name(p))));
    }

    /** Together the operations select every field of every type, so that no nested path goes untried. */
    @Test
    void theOperationsSelectEveryFieldOfTheServedSchema() throws IOException {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        GraphQLSchema served = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        Set<String> unselected = new TreeSet<>();
        for (GraphQLNamedType type : served.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !type.getName().startsWith("__")) {
                object.getFieldDefinitions().forEach(f -> unselected.add(type.getName() + "." + f.getName()));
            }
        }
        for (Path operation : Stream.concat(operations(), writes()).toList()) {
            QueryTraverser.newQueryTraverser().schema(served).document(Parser.parse(read(operation))).variables(variables(operation))
                    .build().visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment field) {
                            if (!field.isTypeNameIntrospectionField()) {
                                unselected.remove(field.getFieldsContainer().getName() + "." + field.getField().getName());
                            }
                        }
                    });
        }
        assertEquals(Set.of(), unselected, "fields no realistic operation selects");
    }

    private void answered(Path operation, Map<String, Object> variables) throws IOException {
        String query = read(operation);
        String body = GraphQL.post(query, variables).extract().asString();
        JsonNode answer = JSON.readTree(body);
        assertTrue(answer.path("errors").isMissingNode(), name(operation) + " " + variables + " was answered with errors: " + body);
        assertFalse(answer.path("data").isNull() || answer.path("data").isMissingNode(), name(operation) + ": no data");
        String estimated = estimate(query, variables);
        synchronized (REPORT) {
            reporting = getClass().getSimpleName();
            REPORT.append("| ").append(name(operation)).append(" | ").append(variables.isEmpty() ? "default" : "first: 100")
                    .append(" | ").append(estimated).append(" | ").append(values(answer.path("data")))
                    .append(" | ").append(body.getBytes(StandardCharsets.UTF_8).length).append(" |\n");
        }
    }

    /** The service's own estimate of the operation's cost, read from its beans in this JVM. */
    protected String estimate(String query, Map<String, Object> variables) {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        ListSizes sizes = Arc.container().instance(ListSizes.class).get();
        return String.valueOf(QueryCost.costliest(Parser.parse(query), schema, sizes, variables).total());
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", reporting + ".md"),
                "| operation | page | estimated cost | values answered | bytes |\n|---|---|---|---|---|\n" + REPORT);
        REPORT.setLength(0);
    }

    /** The values an answer holds, counted as the cost counts them: every field of every object. */
    static long values(JsonNode node) {
        long count = 0;
        if (node.isObject()) {
            for (Iterator<JsonNode> fields = node.elements(); fields.hasNext();) {
                count += 1 + values(fields.next());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                count += values(item);
            }
        }
        return count;
    }

    /** The queries: the frontends' and the reader's, whose mutations are theReadersMutationsAreValidAgainstTheServedSchema's. */
    private static Stream<Path> operations() throws IOException {
        try (Stream<Path> frontends = Files.list(OPERATIONS)) {
            return Stream.concat(frontends.filter(p -> p.toString().endsWith(".graphql")).toList().stream(),
                    readerOperations().filter(p -> !isMutation(p)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList().stream();
        }
    }

    private static Stream<Path> readerOperations() throws IOException {
        try (Stream<Path> reader = Files.list(READER_OPERATIONS)) {
            return reader.filter(p -> p.toString().endsWith(".graphql")).sorted().toList().stream();
        }
    }

    private static boolean isMutation(Path operation) {
        return Parser.parse(read(operation)).getDefinitionsOfType(OperationDefinition.class).stream()
                .anyMatch(o -> o.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    /** The mutations of src/test/resources/realistic/writes/, which DocumentMutationsTest sends with a token. */
    private static Stream<Path> writes() throws IOException {
        try (Stream<Path> writes = Files.list(WRITES)) {
            return writes.filter(p -> p.toString().endsWith(".graphql")).sorted().toList().stream();
        }
    }

    /** A write's variables, from the JSON file beside it; none for a query. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Path operation) throws IOException {
        Path variables = operation.resolveSibling(name(operation) + ".json");
        return Files.exists(variables) ? JSON.readValue(variables.toFile(), Map.class) : Map.of();
    }

    private static String name(Path operation) {
        return operation.getFileName().toString().replace(".graphql", "");
    }

    /** A mutation of writes/, as a frontend sends it, by its name: AddMeeting. */
    public static String write(String name) {
        return read(WRITES.resolve(name + ".graphql"));
    }

    /** A query of the folder, as a frontend sends it, by its name: SuggestionRules. */
    public static String operation(String name) {
        return read(OPERATIONS.resolve(name + ".graphql"));
    }

    private static String read(Path operation) {
        try {
            return Files.readString(operation, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
