package org.majlis.graphql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The estimate reads each argument as the engine runs it: a variable's value, its default when it is not sent, a
 * literal, or the API's default page when none is given. Each path on both sides of the limit: the fan-out below
 * passes for one actor and is refused for a page of them (every actor of the fixture), however the page size
 * arrives.
 */
@QuarkusTest
class QueryCostTest {

    private static final String ON = "{ search(text: \"Moscow\", first: 1) { node { ... on %s { names { text } } } } }";

    /** Actors' meetings' participants' meetings, as in HostileRequestsTest: each level multiplies the one above. */
    private static final String LEVELS = """
            fragment Level1 on Actor { meetings(first: 100) { nodes { participants { actor { ...Level2 } } } } }
            fragment Level2 on Actor {
              meetings(first: 100) { nodes { participants { actor { ...Level3 } } } }
              again: meetings(first: 100) { nodes { participants { actor { ...Level3 } } } }
            }
            fragment Level3 on Actor {
              meetings(first: 100) { nodes { participants { actor { ...Level4 } } } }
              again: meetings(first: 100) { nodes { participants { actor { ...Level4 } } } }
            }
            fragment Level4 on Actor { meetings(first: 100) { nodes { id title date { iso } } } }
            """;
    private static final String ACTOR = "Actor:sergei-lavrov";

    /** names under ... on Named is as long as the longest of an actor's, an organisation's or a place's, not a page. */
    @Test
    void aListSelectedOnAnInterfaceIsEstimatedFromItsImplementations() {
        long costliestType = Stream.of("Actor", "Organisation", "Place").mapToLong(type -> cost(ON.formatted(type))).max().orElseThrow();
        assertEquals(costliestType, cost(ON.formatted("Named")));
    }

    @Test
    void aPageSizeGivenAsAVariableIsEstimatedAtItsValue() {
        String query = fanout("($first: Int)", "$first");
        admitted(GraphQL.post(query, Map.of("first", 1)));
        refused(GraphQL.post(query, Map.of("first", 100)));
    }

    /** Sent without variables, the page is the variable's default: 100 here, not the API's default page of 20. */
    @Test
    void aPageSizeLeftToItsVariablesDefaultIsEstimatedAtTheDefault() {
        admitted(GraphQL.post(fanout("($first: Int = 1)", "$first")));
        refused(GraphQL.post(fanout("($first: Int = 100)", "$first")));
    }

    @Test
    void aPageSizeWrittenInTheQueryIsEstimatedAtItsValue() {
        admitted(GraphQL.post(fanout("", "1")));
        refused(GraphQL.post(fanout("", "100")));
    }

    /** A variable neither sent nor defaulted leaves the API's default page, which the estimate takes too. */
    @Test
    void aPageSizeMissingIsEstimatedAtTheApisDefaultPage() {
        admitted(GraphQL.post("query Names($first: Int) { actors(first: $first) { nodes { name } } }"));
        String atDefault = message(GraphQL.post(fanout("", String.valueOf(PageRequest.DEFAULT_SIZE))));
        assertEquals(atDefault, message(GraphQL.post(fanout("($first: Int)", "$first"))));
    }

    @Test
    void idsGivenAsAVariableAreCountedOneByOne() {
        String query = nodes("($ids: [String!]!)");
        admitted(GraphQL.post(query, Map.of("ids", List.of(ACTOR))));
        refused(GraphQL.post(query, Map.of("ids", Collections.nCopies(20, ACTOR))));
    }

    /** A defaulted list of ids counts its real length, not one. */
    @Test
    void idsLeftToTheirVariablesDefaultAreCountedOneByOne() {
        admitted(GraphQL.post(nodes("($ids: [String!]! = [\"" + ACTOR + "\"])")));
        refused(GraphQL.post(nodes("($ids: [String!]! = [" + String.join(", ", Collections.nCopies(20, "\"" + ACTOR + "\"")) + "])")));
    }

    /** The operation's cost as estimated when it runs, with each argument's value as the engine coerces it. */
    @Test
    void theEstimateOfAnOperationTakesItsVariablesDefaults() {
        Document document = Parser.parse(fanout("($first: Int = 1)", "$first"));
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        ListSizes sizes = Arc.container().instance(ListSizes.class).get();
        assertEquals(QueryCost.of(document, operation, schema, sizes, Map.of("first", 1)).total(),
                QueryCost.of(document, operation, schema, sizes, Map.of()).total());
    }

    private static String fanout(String variables, String first) {
        return "query Fanout" + variables + " { actors(first: " + first + ") { nodes { ...Level1 } } }\n" + LEVELS;
    }

    private static String nodes(String variables) {
        return "query Nodes" + variables + " { nodes(ids: $ids) { ... on Actor { ...Level1 } } }\n" + LEVELS;
    }

    private static void admitted(ValidatableResponse response) {
        response.body("errors", nullValue());
    }

    private static void refused(ValidatableResponse response) {
        response.body("data", nullValue()).body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("estimated cost"));
    }

    private static String message(ValidatableResponse response) {
        refused(response);
        return response.extract().path("errors[0].message");
    }

    private static long cost(String query) {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        ListSizes sizes = Arc.container().instance(ListSizes.class).get();
        return QueryCost.costliest(Parser.parse(query), schema, sizes, Map.of()).total();
    }
}
