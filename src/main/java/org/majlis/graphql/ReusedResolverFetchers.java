package org.majlis.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Makes the data fetcher of each resolver once. SmallRye asks for a new one for every batched field of the schema at
 * every request, to serve as that field's batch loader, and each is built with its invoker, argument and field
 * helpers: for the 43 batched fields of this schema that was a seventh of the CPU time of a trivial query, measured
 * with JFR (docs/benchmarks.md). The fetcher is Quarkus's own (the same request context and blocking rules), made
 * once per operation: it keeps no state of a request, as the fetchers of the other resolvers, which SmallRye makes
 * once, already show. A field computed from its object alone gets a {@link DirectSourceFetcher} instead. Listed in
 * META-INF/services, before Quarkus's service (priority 1).
 */
public class ReusedResolverFetchers implements DataFetcherService {

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
        return made.computeIfAbsent(new Same(operation), same -> {
            PlugableBatchableDataFetcher direct = DirectSourceFetcher.of(operation);
            return direct != null ? direct : quarkus.getDefaultDataFetcher(operation, type);
        });
    }
}
