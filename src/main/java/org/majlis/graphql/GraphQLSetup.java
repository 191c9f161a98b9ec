package org.majlis.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.majlis.frameworkinternals.DirectBatchLoads;
import org.majlis.frameworkinternals.OperationHooks;
import org.majlis.frameworkinternals.SmallRyeInstrumentation;
import org.majlis.frameworkinternals.UsedDataLoaders;

import graphql.Directives;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;

/**
 * Sets the instrumentation of the GraphQL engine: SmallRye's own, which it installs before it lets us customise the
 * builder (its document cache; graphql-java's depth and complexity limits only when SmallRye's settings ask for
 * them), chained with ours rather than replaced ({@link SmallRyeInstrumentation}). First come the instrumentations
 * of the operation as a whole, behind one link that the fields' hooks skip ({@link OperationHooks}):
 * {@link DocumentLimits} (first, so that it runs before validation), SmallRye's (after the limits, so that a refused
 * document is not cached), {@link UsedDataLoaders}, {@link ErrorCodes}, {@link OperationLog} and, last,
 * {@link AnswerCapture}, which keeps answers without errors for the {@link AnswerCache}. Then whatever SmallRye added
 * that may hook into fields, and ours that do: {@link DirectBatchLoads} (before the two that wrap fetchers, which
 * would hide SmallRye's), {@link ExecutionBudget} and {@link NestedPages}.
 * <p>
 * This is a SmallRye {@link EventingService} (listed in META-INF/services, always on: no configuration key) rather
 * than a CDI observer of the builder, because CDI observers need {@code quarkus.smallrye-graphql.events.enabled},
 * which also fires two CDI events for every field fetched (docs/benchmarks.md).
 */
public class GraphQLSetup implements EventingService {

    /** Looks a bean up once, when first needed: SmallRye may build the engine before CDI is up. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> lookup;
        private volatile T found;

        Lazy(Supplier<T> lookup) {
            this.lookup = lookup;
        }

        @Override
        public T get() {
            T value = found;
            if (value == null) {
                value = lookup.get();
                found = value;
            }
            return value;
        }
    }

    @Override
    public String getConfigKey() {
        return null;
    }

    /**
     * Leaves out the {@code @constraint} directive SmallRye declares because Bean Validation is on the classpath (the
     * seed reader uses it): no field of this API carries a constraint, and the directive's arguments brought the
     * BigDecimal and BigInteger scalars into a schema that has no such values, where code generators met them.
     * SmallRye declares no other directive here. The builder can only clear them all: include and skip are added
     * back here, and graphql-java adds the rest of its own (deprecated, specifiedBy, oneOf, ...) when it builds.
     */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return builder.clearDirectives().additionalDirective(Directives.IncludeDirective)
                .additionalDirective(Directives.SkipDirective);
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLLimits limits = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(GraphQLLimits.class);
        SmallRyeInstrumentation.Parts smallRyes = SmallRyeInstrumentation.of(builder);
        List<Instrumentation> operation = new ArrayList<>();
        operation.add(new DocumentLimits(limits, new Lazy<>(() -> Arc.container().instance(ListSizes.class).get())));
        operation.addAll(smallRyes.operationOnly());
        operation.add(new UsedDataLoaders());
        operation.add(new ErrorCodes());
        operation.add(new OperationLog());
        operation.add(new AnswerCapture(new Lazy<>(() -> Arc.container().instance(AnswerCache.class).get())));
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(new OperationHooks(operation));
        chain.addAll(smallRyes.others());
        chain.add(new DirectBatchLoads(new Lazy<>(() -> Arc.container().instance(Schema.class).get())));
        chain.add(new ExecutionBudget(limits.maxCost()));
        chain.add(new NestedPages());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }
}
