package org.majlis.frameworkinternals;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * An answer as SmallRye writes it, and the request headers Quarkus hands the engine: what the answer cache keeps and
 * the key it keeps it under.
 * <p>
 * Relies on SmallRye GraphQL's {@link ExecutionResponse} (an implementation class) serialising a result as SmallRye's
 * HTTP handler sends it, and on Quarkus's handler putting the request headers in the GraphQL context under
 * {@code httpHeaders}. {@code AnswerCacheTest} fails when either stops: no answer is kept, or a kept one differs from
 * the one first sent. Checked with SmallRye GraphQL 2.17.0 (Quarkus 3.33.2).
 */
public final class SmallRyeAnswers {

    /** Where SmallRye (Quarkus's handler) puts the request headers in the GraphQL context. */
    private static final String HEADERS = "httpHeaders";

    private SmallRyeAnswers() {
    }

    /** The answer's bytes as SmallRye sends them. */
    public static String asSent(ExecutionResult result) {
        return new ExecutionResponse(result).getExecutionResultAsString();
    }

    /** The request header's single value, or null when it was not sent once. */
    public static String requestHeader(GraphQLContext context, String name) {
        if (context.get(HEADERS) instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> header : map.entrySet()) {
                if (header.getKey() instanceof String key && key.equalsIgnoreCase(name)
                        && header.getValue() instanceof List<?> values && values.size() == 1) {
                    return (String) values.get(0);
                }
            }
        }
        return null;
    }
}
