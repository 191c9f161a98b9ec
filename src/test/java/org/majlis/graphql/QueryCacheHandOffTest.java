package org.majlis.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * SmallRye's document cache caches only what it sees validated, and GraphQLSetup replaces the chain it watches
 * from: without the hand-off every request was parsed and validated again (docs/benchmarks.md). The engine here is
 * wired as SmallRye wires it (its QueryCache as the document provider, its context in the GraphQL context), so an
 * upgrade of SmallRye that changes how the cache fills fails here rather than quietly in the benchmarks.
 */
class QueryCacheHandOffTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { greeting(name: String): String }"),
            RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("greeting", e -> "hello " + e.getArgument("name")))
                    .build());

    private final AtomicInteger validations = new AtomicInteger();
    private final QueryCache cache = new QueryCache();

    @Test
    void aRepeatedQueryIsValidatedOnlyTheFirstTime() {
        GraphQL engine = engine(new Counting(), new QueryCacheHandOff());
        String query = "query Greet($name: String) { greeting(name: $name) }";

        assertEquals(Map.of("greeting", "hello Lavrov"), execute(engine, query, "Lavrov").getData());
        int afterFirst = validations.get();
        assertEquals(Map.of("greeting", "hello al-Lafi"), execute(engine, query, "al-Lafi").getData());

        assertEquals(afterFirst, validations.get(), "the second request was validated again");
    }

    @Test
    void anInvalidQueryIsValidatedEveryTime() {
        GraphQL engine = engine(new Counting(), new QueryCacheHandOff());

        assertEquals(1, execute(engine, "{ nonsense }", null).getErrors().size());
        assertEquals(1, execute(engine, "{ nonsense }", null).getErrors().size());

        assertEquals(2, validations.get());
    }

    @Test
    void withoutTheHandOffNothingIsCached() {
        GraphQL engine = engine(new Counting());
        String query = "{ greeting(name: \"Haftar\") }";

        execute(engine, query, null);
        execute(engine, query, null);

        assertEquals(2, validations.get());
    }

    private GraphQL engine(Instrumentation... chain) {
        return GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(cache)
                .instrumentation(new ChainedInstrumentation(List.of(chain))).build();
    }

    private ExecutionResult execute(GraphQL engine, String query, String name) {
        SmallRyeContext context = new SmallRyeContext(getClass().getName());
        context.setQueryCache(cache);
        return engine.execute(ExecutionInput.newExecutionInput(query)
                .variables(name == null ? Map.of() : Map.of("name", name))
                .graphQLContext(Map.of(SmallRyeContextManager.CONTEXT, context)).build());
    }

    private final class Counting extends SimplePerformantInstrumentation {
        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                InstrumentationState state) {
            validations.incrementAndGet();
            return super.beginValidation(parameters, state);
        }
    }
}
