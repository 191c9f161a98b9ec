package org.majlis.frameworkinternals;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Makes the data fetcher of each resolver once. SmallRye asks for a new one for every batched field of the schema at
 * every request, to serve as that field's batch loader, and each is built with its invoker, argument and field
 * helpers, a visible part of the CPU time of a trivial query (JFR, docs/benchmarks.md). The fetcher is Quarkus's own (the same request context and blocking rules), made
 * once per operation: it keeps no state of a request, as the fetchers of the other resolvers, which SmallRye makes
 * once, already show. A field computed from its object alone gets a {@link DirectSourceFetcher} instead. Listed in
 * META-INF/services, before Quarkus's service (priority 1).
 * <p>
 * Relies on: Quarkus's {@link QuarkusDataFetcherService} (in a {@code runtime} package, not an API), SmallRye's
 * {@link DataFetcherService} SPI picking the service of the lowest priority, and SmallRye asking for a fetcher per
 * batched field at every request. Checked with Quarkus 3.33.2 and SmallRye GraphQL 2.17.0.
 */
public class ReusedResolverFetchers implements DataFetcherService {

    /** Fetchers handed out again instead of being made: proof that SmallRye asks here and the fetchers are kept. */
    static final LongAdder REUSED = new LongAdder();

    private final DataFetcherService quarkus = new QuarkusDataFetcherService();
    private final Map<Same, PlugableBatchableDataFetcher> made = new ConcurrentHashMap<>();

    /**
     * An operation by identity: SmallRye hands over the same objects of its schema model each time, and their own
     * equals and hashCode walk every field of the operation.
     */
    private record Same(Operation operation) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.operation == operation;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(operation);
        }
    }

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        PlugableBatchableDataFetcher known = made.get(new Same(operation));
        if (known != null) {
            REUSED.increment();
            return known;
        }
        return made.computeIfAbsent(new Same(operation), same -> {
            PlugableBatchableDataFetcher direct = DirectSourceFetcher.of(operation);
            return direct != null ? direct : quarkus.getDefaultDataFetcher(operation, type);
        });
    }
}
