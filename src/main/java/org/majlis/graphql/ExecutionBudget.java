package org.majlis.graphql;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * The hard stop on the work of one operation: it counts the values really resolved (every field of every object,
 * as {@link QueryCost} counts them in advance) and, once they pass {@link GraphQLLimits#maxCost()}, answers every
 * further field that would load data with null, and the operation with one LIMIT_EXCEEDED error naming where it
 * stopped. The estimate follows the data's usual list lengths; this catches the rare list that is far longer, so a
 * query is refused for what it really asks of the service, never for a guess.
 */
public class ExecutionBudget extends SimplePerformantInstrumentation {

    private final long maxValues;

    public ExecutionBudget(long maxValues) {
        this.maxValues = maxValues;
    }

    static final class Spent implements InstrumentationState {
        final AtomicLong values = new AtomicLong();
        final AtomicBoolean reported = new AtomicBoolean();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Spent();
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        ((Spent) state).values.incrementAndGet();
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher; // reads a property of an object already loaded: nothing to stop
        }
        Spent spent = (Spent) state;
        return environment -> {
            if (spent.values.get() <= maxValues) {
                return fetcher.get(environment);
            }
            DataFetcherResult.Builder<Object> stopped = DataFetcherResult.newResult();
            if (spent.reported.compareAndSet(false, true)) {
                stopped.error(GraphqlErrorBuilder.newError(environment).errorType(ErrorType.ExecutionAborted)
                        .message("the operation resolved more than " + maxValues + " values, the limit, and was stopped at "
                                + environment.getExecutionStepInfo().getPath() + ": ask for fewer items or fewer levels")
                        .build());
            }
            return stopped.build();
        };
    }
}
