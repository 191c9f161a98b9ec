package org.majlis.graphql;

import java.util.List;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Keeps SmallRye's document cache working. SmallRye's {@link QueryCache} stores a parsed document only when it
 * sees, as an instrumentation, that the document passed validation; {@link GraphQLSetup} replaces SmallRye's
 * instrumentation chain, so without this hand-off nothing was ever cached and every request was parsed twice and
 * validated once more (43 % of the CPU time of a {@code node} query, measured with JFR: docs/benchmarks.md). The
 * cache in use is the one SmallRye put in the request's context, so SmallRye's own lookups find its entries.
 */
public class QueryCacheHandOff extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        SmallRyeContext context = parameters.getExecutionInput().getGraphQLContext().get(SmallRyeContextManager.CONTEXT);
        QueryCache cache = context == null ? null : context.getQueryCache();
        return cache == null ? SimpleInstrumentationContext.noOp() : cache.beginValidation(parameters, state);
    }
}
