package org.majlis.frameworkinternals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;

/**
 * Hands each parent of a batched field ({@code @Source List}) straight to the field's data loader. SmallRye's own
 * fetcher does that too, but first, for every parent, clones its request context with two JSON arrays of the
 * selected fields, starts a metrics timer, and wraps the load in a Mutiny pipeline whose every step captures and
 * restores the propagated contexts: for the batched values of a meetings list that was its largest cost (JFR,
 * docs/benchmarks.md). Here only what the batch loader reads is kept: the field's arguments, converted as
 * SmallRye converts them, and the fetching environment, under SmallRye's keys; SmallRye's batch loader then runs the
 * resolver once per batch as before, with its context and on a worker thread. Batched fields get no per-parent
 * timer: /q/metrics still times every root field.
 * <p>
 * Relies on SmallRye GraphQL's implementation: its batched fields' fetchers being {@link BatchDataFetcher}s (an
 * {@code instanceof} that an upgrade can turn false, leaving SmallRye's own path in place), the name under which
 * {@link BatchLoaderHelper} registers each field's loader and the keys of the batch context its loader reads, and
 * {@link ArgumentHelper}'s conversion. Checked with SmallRye GraphQL 2.17.0 and graphql-java 24.3 (Quarkus 3.33.2);
 * {@code ShortcutsInEffectTest} fails when a meetings page no longer loads through here.
 */
public class DirectBatchLoads extends SimplePerformantInstrumentation {

    /** Parents handed to a data loader here: proof that the shortcut runs. */
    static final LongAdder LOADS = new LongAdder();

    private final Supplier<Schema> schema;
    /** SmallRye's batched operations by "Type.field", made from the schema model on first use. */
    private volatile Map<String, Operation> operations;
    /** The direct fetcher made for each of SmallRye's batch fetchers, or that fetcher where none applies. */
    private final Map<DataFetcher<?>, DataFetcher<?>> direct = new ConcurrentHashMap<>();

    /** @param schema SmallRye's schema model, looked up when the first field comes: the engine is built before CDI */
    public DirectBatchLoads(Supplier<Schema> schema) {
        this.schema = schema;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (!(fetcher instanceof BatchDataFetcher<?>)) {
            return fetcher;
        }
        return direct.computeIfAbsent(fetcher, smallRyes -> {
            String field = parameters.getExecutionStepInfo().getObjectType().getName() + "." + parameters.getField().getName();
            Operation operation = operations().get(field);
            return operation == null ? smallRyes : new Direct(operation);
        });
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> found = operations;
        if (found == null) {
            found = new HashMap<>();
            for (Operation operation : schema.get().getBatchOperations()) {
                found.put(operation.getSourceFieldOn().getName() + "." + operation.getName(), operation);
            }
            operations = found;
        }
        return found;
    }

    /** Loads the parent through the data loader SmallRye registered for the operation, with what its loader reads. */
    static final class Direct implements DataFetcher<Object> {

        private final String loader;
        private final ArgumentHelper arguments;

        Direct(Operation operation) {
            this.loader = new BatchLoaderHelper().getName(operation);
            this.arguments = new ArgumentHelper(operation.getArguments());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Map<String, Object> batchContext = new HashMap<>(4);
            batchContext.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
            batchContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            LOADS.increment();
            return environment.getDataLoader(loader).load(environment.getSource(), batchContext);
        }
    }
}
