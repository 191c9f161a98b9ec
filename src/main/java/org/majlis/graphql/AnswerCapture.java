package org.majlis.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.majlis.frameworkinternals.SmallRyeAnswers;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Stores the answer of an operation in the {@link AnswerCache} when it ran without an error. The HTTP gate names
 * the key in a request header of its own ({@link #KEY_HEADER}, removed from every request it receives), which
 * Quarkus hands to the engine with the other headers; the answer is serialised as SmallRye then writes it
 * ({@link SmallRyeAnswers}), so a cached answer has the bytes of the one first sent. Last in
 * the chain of {@link GraphQLSetup}, so that it sees the result as sent, after every limit and {@link ErrorCodes}.
 */
public class AnswerCapture extends SimplePerformantInstrumentation {

    /** Set by the gate only: the cache key of the request, never taken from a client. */
    public static final String KEY_HEADER = "x-majlis-answer-key";

    private final Supplier<AnswerCache> cache;

    /** @param cache looked up when the first answer comes: the engine is built before CDI is up */
    public AnswerCapture(Supplier<AnswerCache> cache) {
        this.cache = cache;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty() && result.isDataPresent()) {
            String key = SmallRyeAnswers.requestHeader(parameters.getGraphQLContext(), KEY_HEADER);
            if (key != null) {
                cache.get().put(key, SmallRyeAnswers.asSent(result));
            }
        }
        return CompletableFuture.completedFuture(result);
    }
}
