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
 * the parsed document, since most clients send it there rather than as {@code operationName}.
 * <p>
 * That line is INFO for an operation that needs a look, one answered with errors or in {@link #SLOW_MILLIS} or
 * more, and DEBUG for the rest: formatting and writing a line for every request was a twentieth of the CPU time of a
 * trivial query (JFR, docs/benchmarks.md), and /q/metrics already counts and times every operation. Operators see
 * every line with QUARKUS_LOG_CATEGORY__MAJLIS_GRAPHQL_OPERATIONS__LEVEL=DEBUG, and none with WARN.
 */
public class OperationLog extends SimplePerformantInstrumentation {

    public static final String MDC_KEY = "graphql.operation";
    /**
     * Lower case, so that an environment variable can name it: Quarkus reads the category of
     * QUARKUS_LOG_CATEGORY__..._LEVEL in lower case, and categories are compared as written.
     */
    public static final String CATEGORY = "majlis.graphql.operations";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    /**
     * Ten times the p99 of the slowest realistic operation under load at 10,000 documents (presences with evidence,
     * 100 ms, measured on 2026-11-29: docs/benchmarks.md).
     */
    static final long SLOW_MILLIS = 1000;

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
            Logger.Level level = errors > 0 || millis >= SLOW_MILLIS ? Logger.Level.INFO : Logger.Level.DEBUG;
            if (LOG.isEnabled(level)) {
                LOG.logf(level, "GraphQL %s %s answered in %d ms with %d errors", type, name, millis, errors);
            }
            MDC.remove(MDC_KEY);
        });
    }
}
