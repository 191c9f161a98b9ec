package org.majlis.frameworkinternals;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * A chain of the instrumentations that work on the operation as a whole (its document, its input, its result) and on
 * none of its fields. graphql-java's chain asks every instrumentation at every hook of every field, and a meetings
 * list resolves hundreds of fields: in the engine's chain ({@code org.majlis.graphql.GraphQLSetup}) these sit behind
 * this one link, which answers the field hooks itself with nothing (a dropped context, the fetcher unchanged), so
 * only the few that work on fields are asked there. An instrumentation that does should not be put in here: its
 * field hooks would never run.
 * <p>
 * Relies on: graphql-java's {@link ChainedInstrumentation} asking each link once per hook, and on this class
 * overriding every field hook of {@link Instrumentation} (a hook graphql-java adds is asked of every instrumentation
 * inside again: {@code OperationHooksTest} fails then). Checked with graphql-java 24.3 (Quarkus 3.33.2).
 */
public final class OperationHooks extends ChainedInstrumentation {

    /** Field executions answered here without asking the instrumentations inside: proof that the shortcut runs. */
    static final LongAdder FIELDS_SKIPPED = new LongAdder();

    public OperationHooks(List<Instrumentation> instrumentations) {
        super(instrumentations);
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        FIELDS_SKIPPED.increment();
        return null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fetcher;
    }
}
