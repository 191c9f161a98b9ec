package org.majlis.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * Stores the answer of an operation in the {@link AnswerCache} when it ran without an error. The HTTP gate names
 * the key in a request header of its own ({@link #KEY_HEADER}, removed from every request it receives), which
 * Quarkus hands to the engine with the other headers; the answer is serialised by SmallRye's own
 * {@link ExecutionResponse}, as SmallRye then writes it, so a cached answer has the bytes of the one first sent. Last in
 * the chain of {@link GraphQLSetup}, so that it sees the result as sent, after every limit and {@link ErrorCodes}.
 */
public class AnswerCapture extends SimplePerformantInstrumentation {

    /** Set by the gate only: the cache key of the request, never taken from a client. */
    public static final String KEY_HEADER = "x-majlis-answer-key";

    /** Where SmallRye (Quarkus's handler) puts the request headers in the GraphQL context. */
    private static final String HEADERS = "httpHeaders";

    private final Supplier<AnswerCache> cache;

    /** @param cache looked up when the first answer comes: the engine is built before CDI is up */
    public AnswerCapture(Supplier<AnswerCache> cache) {
        this.cache = cache;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty() && result.isDataPresent()) {
            String key = key(parameters.getGraphQLContext().get(HEADERS));
            if (key != null) {
                cache.get().put(key, new ExecutionResponse(result).getExecutionResultAsString());
            }
        }
        return CompletableFuture.completedFuture(result);
    }

    private static String key(Object headers) {
        if (headers instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> header : map.entrySet()) {
                if (header.getKey() instanceof String name && name.equalsIgnoreCase(KEY_HEADER)
                        && header.getValue() instanceof List<?> values && values.size() == 1) {
                    return (String) values.get(0);
                }
            }
        }
        return null;
    }
}
