package org.majlis.graphql;

import java.util.Locale;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

/**
 * Names the GraphQL operation in the log: every line logged while it runs carries {@code graphql.operation} in
 * its MDC (a field of the JSON log in production), and one line records how long it took. The name comes from
 * the parsed document, since most clients send it there rather than as {@code operationName}. Operators silence
 * the per-operation line with QUARKUS_LOG_CATEGORY__ORG_MAJLIS_GRAPHQL_OPERATIONLOG__LEVEL=WARN.
 */
public class OperationLog extends SimplePerformantInstrumentation {

    public static final String MDC_KEY = "graphql.operation";
    private static final Logger LOG = Logger.getLogger(OperationLog.class);

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        String name = operation.getName() == null ? "anonymous" : operation.getName();
        String type = operation.getOperation().name().toLowerCase(Locale.ROOT);
        long started = System.nanoTime();
        MDC.put(MDC_KEY, name);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int errors = result == null ? 1 : result.getErrors().size();
            LOG.infof("GraphQL %s %s answered in %d ms with %d errors", type, name, millis, errors);
            MDC.remove(MDC_KEY);
        });
    }
}
