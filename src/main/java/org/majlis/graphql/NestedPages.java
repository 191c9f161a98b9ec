package org.majlis.graphql;

import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.GraphQLException;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.ErrorCode;

/**
 * Cuts each nested connection into the page that its own occurrence of the field asks for. The batch resolvers of
 * nested connections (an actor's meetings) return the whole list of each parent ({@link Connection}'s whole
 * constructor); here every occurrence of such a field gets its {@code first} and {@code after} applied, so that
 * {@code a: meetings(first: 1)} and {@code b: meetings(first: 5)} on the same actor each get their own page, and a
 * bad argument is answered with its code at that occurrence.
 */
public class NestedPages extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || parameters.getField().getArgument("after") == null) {
            return fetcher;
        }
        return environment -> {
            Object fetched = fetcher.get(environment);
            return fetched instanceof CompletionStage<?> stage ? stage.thenApply(value -> cut(value, environment))
                    : cut(fetched, environment);
        };
    }

    /** SmallRye's Int scalar hands arguments over as BigDecimal; GraphQL's Int is 32 bits, so intValue is exact. */
    private static Integer first(DataFetchingEnvironment environment) {
        Object first = environment.getArgument("first");
        return first == null ? null : ((Number) first).intValue();
    }

    private static Object cut(Object fetched, DataFetchingEnvironment environment) {
        Object value = fetched instanceof DataFetcherResult<?> result ? result.getData() : fetched;
        if (!(value instanceof Connection<?, ?> connection) || !connection.isWhole()) {
            return fetched; // a top-level page, already cut by the database
        }
        try {
            Connection<?, ?> page = connection.cut(PageRequest.of(first(environment), environment.getArgument("after")));
            return fetched instanceof DataFetcherResult<?> result ? result.map(data -> page) : page;
        } catch (GraphQLException e) {
            ErrorCode code = e.getClass().getAnnotation(ErrorCode.class);
            return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment).message(e.getMessage())
                    .extensions(Map.of("code", code == null ? "INVALID_ARGUMENT" : code.value())).build()).build();
        }
    }
}
