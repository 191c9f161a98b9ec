package org.majlis.frameworkinternals;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

import org.dataloader.BatchLoaderEnvironment;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.execution.datafetcher.helper.OperationInvoker;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Operation;

/**
 * Resolves a field computed from its object alone (marked {@code @NonBlocking}: a name from the label snapshot, a
 * title in a language) by calling its method where graphql-java runs, with SmallRye's own argument conversion,
 * invoker and result transformation. SmallRye's fetcher would first clone its request context with two JSON arrays of
 * the selected fields and start a metrics timer, for each such value of a meetings list (JFR,
 * docs/benchmarks.md). These fields have no per-call timer in /q/metrics; root fields keep theirs.
 * <p>
 * Relies on SmallRye GraphQL's implementation classes {@link ArgumentHelper}, {@link OperationInvoker} and
 * {@link FieldHelper}, and on being handed out by {@link ReusedResolverFetchers}. Checked with SmallRye GraphQL 2.17.0
 * (Quarkus 3.33.2).
 */
final class DirectSourceFetcher implements PlugableBatchableDataFetcher<Object, Object> {

    /** Fields resolved here: proof that the shortcut runs. */
    static final LongAdder CALLS = new LongAdder();

    private final ArgumentHelper arguments;
    private final OperationInvoker invoker;
    private final FieldHelper result;

    private DirectSourceFetcher(Operation operation) {
        this.arguments = new ArgumentHelper(operation.getArguments());
        this.invoker = new OperationInvoker(operation);
        this.result = new FieldHelper(operation);
    }

    /** A direct fetcher for a non-blocking field of one source object, none for anything else. */
    static DirectSourceFetcher of(Operation operation) {
        if (operation.getExecute() != Execute.NON_BLOCKING || !operation.isSourceField()) {
            return null;
        }
        for (Argument argument : operation.getArguments()) {
            if (argument.isSourceArgument() && argument.hasWrapper()) {
                return null; // a batch: its parents come as a list, through a data loader
            }
        }
        return new DirectSourceFetcher(operation);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        CALLS.increment();
        List<Object> values = arguments.getArguments(environment);
        return result.transformOrAdaptResponse(invoker.invoke(values.toArray()), environment);
    }

    @Override
    public CompletionStage<List<Object>> load(List<Object> keys, BatchLoaderEnvironment environment) {
        throw new UnsupportedOperationException("a field of one source object is not batched");
    }
}
