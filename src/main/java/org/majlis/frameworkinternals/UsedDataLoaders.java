package org.majlis.frameworkinternals;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Dispatches only the data loaders an operation uses. SmallRye registers a loader for each of the schema's batched
 * fields at every request, and graphql-java dispatches every registered loader at every level of every operation,
 * each dispatch reading the clock, even for a trivial query that uses none of them (JFR, docs/benchmarks.md). Here the operation sees a registry that takes a loader from SmallRye's
 * when a field first asks for it, and dispatches those it took.
 * <p>
 * Relies on: graphql-java's {@code EmptyDataLoaderRegistryInstance} (an {@code @Internal} class) to recognise a
 * schema without batched fields; graphql-java dispatching the registry of the execution input and fields asking it
 * for their loader; the {@code dataLoaders} map {@link DataLoaderRegistry} keeps for subclasses; SmallRye building a
 * whole registry per request. Checked with graphql-java 24.3, java-dataloader 5.0.3, SmallRye GraphQL 2.17.0 (Quarkus
 * 3.33.2).
 */
public class UsedDataLoaders extends SimplePerformantInstrumentation {

    /** Loaders taken from SmallRye's registry into an operation's: proof that fields ask this registry. */
    static final LongAdder LOADERS_TAKEN = new LongAdder();

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        DataLoaderRegistry all = input.getDataLoaderRegistry();
        // graphql-java dispatches nothing for its empty registry (a schema without batched fields): keep it so.
        return all == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY ? input
                : input.transform(builder -> builder.dataLoaderRegistry(new Registry(all)));
    }

    /** The loaders taken from SmallRye's registry so far: the only ones its dispatch methods see. */
    static final class Registry extends DataLoaderRegistry {

        private final DataLoaderRegistry all;

        Registry(DataLoaderRegistry all) {
            super(new ConcurrentHashMap<>(), all.getInstrumentation());
            this.all = all;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            DataLoader<?, ?> taken = dataLoaders.get(key);
            if (taken == null) {
                DataLoader<?, ?> loader = all.getDataLoader(key);
                if (loader == null) {
                    return null;
                }
                taken = dataLoaders.computeIfAbsent(key, k -> {
                    LOADERS_TAKEN.increment();
                    return loader;
                });
            }
            return (DataLoader<K, V>) taken;
        }
    }
}
