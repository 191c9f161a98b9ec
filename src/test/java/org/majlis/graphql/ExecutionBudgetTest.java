package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * The hard stop of what an operation really resolves, on an engine of its own: a list far longer than the
 * estimate assumed (one outlier among usual lists) is stopped at the limit, and a modest answer is untouched.
 */
class ExecutionBudgetTest {

    private final AtomicInteger loads = new AtomicInteger();

    /** Every author has ten books, each with a list of readers that someone's data made long. */
    private GraphQL engine(int readersPerBook, long maxValues) {
        DataFetcher<?> books = e -> {
            loads.incrementAndGet();
            return IntStream.range(0, 10).mapToObj(i -> Map.of("title", "book " + i)).toList();
        };
        DataFetcher<?> readers = e -> {
            loads.incrementAndGet();
            return IntStream.range(0, readersPerBook).mapToObj(i -> Map.of("name", "reader " + i)).toList();
        };
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
                type Query { authors: [Author!]! }
                type Author { name: String! books: [Book!]! }
                type Book { title: String! readers: [Reader!]! }
                type Reader { name: String! }
                """), RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("authors", e -> List.of(Map.of("name", "a"), Map.of("name", "b"))))
                .type("Author", t -> t.dataFetcher("books", books))
                .type("Book", t -> t.dataFetcher("readers", readers))
                .build());
        return GraphQL.newGraphQL(schema).instrumentation(new ExecutionBudget(maxValues)).build();
    }

    private static final String QUERY = "{ authors { name books { title readers { name } } } }";

    @Test
    void anAnswerWithinTheLimitIsComplete() {
        ExecutionResult result = engine(3, 1_000).execute(QUERY);
        assertEquals(List.of(), result.getErrors());
        List<?> authors = (List<?>) ((Map<?, ?>) result.getData()).get("authors");
        assertEquals(2, authors.size());
    }

    @Test
    void anOperationThatResolvesMoreThanTheLimitIsStoppedWithOneCodedError() {
        ExecutionResult result = engine(10_000, 1_000).execute(QUERY);
        List<GraphQLError> stopped = result.getErrors().stream().filter(e -> e.getErrorType() == ErrorType.ExecutionAborted).toList();
        assertEquals(1, stopped.size(), "one error says why the answer stops: " + result.getErrors());
        assertTrue(stopped.get(0).getMessage().startsWith("the operation resolved more than 1000 values, the limit, and was stopped at /authors"),
                stopped.get(0).getMessage());
        assertTrue(loads.get() < 22, "loads went on after the limit: " + loads.get() + " of 22");
    }
}
