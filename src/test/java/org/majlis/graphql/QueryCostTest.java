package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QueryCostTest {

    private static final String ON = "{ search(text: \"Moscow\", first: 1) { node { ... on %s { names { text } } } } }";

    /** names under ... on Named is as long as the longest of an actor's, an organisation's or a place's, not a page. */
    @Test
    void aListSelectedOnAnInterfaceIsEstimatedFromItsImplementations() {
        long costliestType = Stream.of("Actor", "Organisation", "Place").mapToLong(type -> cost(ON.formatted(type))).max().orElseThrow();
        assertEquals(costliestType, cost(ON.formatted("Named")));
    }

    private static long cost(String query) {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        ListSizes sizes = Arc.container().instance(ListSizes.class).get();
        return QueryCost.of(Parser.parse(query), schema, sizes, Map.of());
    }
}
