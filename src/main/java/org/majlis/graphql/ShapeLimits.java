package org.majlis.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;

/**
 * SmallRye's depth and complexity limits (graphql-java's instrumentations, configured by
 * {@code quarkus.smallrye-graphql.instrumentation-query-depth} and {@code -complexity}), run once per document
 * instead of at every execution. graphql-java walks the whole operation with its schema types for each of them at
 * every request, a twentieth of the CPU time of a trivial query (JFR, docs/benchmarks.md); but a document's depth
 * and complexity change with its variables only through {@code @skip} and {@code @include}. So an operation of a
 * document without directives that passed both is remembered (by identity: SmallRye's document cache hands the same
 * parsed document to every request with that text, and an operation of a document it drops is dropped here too) and
 * not walked again; each operation of a document is checked on its own, and a document with directives at every
 * execution, as before.
 * <p>
 * Only the three hooks the limits use are passed on (a chain would add two calls to every field of every answer),
 * each limit with its own state: the complexity limit keeps the validation's parameters for its error.
 */
public class ShapeLimits extends SimplePerformantInstrumentation {

    private final List<Instrumentation> limits;
    private final Map<OperationDefinition, Boolean> passed = Collections.synchronizedMap(new WeakHashMap<>());

    /** @param limits graphql-java's depth and complexity instrumentations, as configured */
    public ShapeLimits(List<Instrumentation> limits) {
        this.limits = List.copyOf(limits);
    }

    /** The state of each limit, in the order of {@link #limits}. */
    private record States(List<InstrumentationState> each) implements InstrumentationState {
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        List<InstrumentationState> each = new ArrayList<>(limits.size());
        for (Instrumentation limit : limits) {
            CompletableFuture<InstrumentationState> state = limit.createStateAsync(parameters);
            each.add(state == null ? null : state.join()); // graphql-java's limits make theirs at once
        }
        return CompletableFuture.completedFuture(new States(each));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        for (int i = 0; i < limits.size(); i++) {
            limits.get(i).beginValidation(parameters, ((States) state).each().get(i));
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        if (passed.containsKey(operation)) {
            return SimpleInstrumentationContext.noOp();
        }
        for (int i = 0; i < limits.size(); i++) {
            limits.get(i).beginExecuteOperation(parameters, ((States) state).each().get(i)); // throws over its limit
        }
        if (DocumentLimits.directives(parameters.getExecutionContext().getDocument()) == 0) {
            passed.put(operation, Boolean.TRUE);
        }
        return SimpleInstrumentationContext.noOp();
    }
}
