package org.majlis.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.Directives;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Sets the instrumentation of the GraphQL engine. SmallRye installs its depth and complexity limits before it
 * lets us customise the builder, and setting ours replaces its chain; so the chain is rebuilt here with the same
 * configured limits. First come the instrumentations of the operation as a whole, behind one link that the fields'
 * hooks skip ({@link OperationHooks}): {@link DocumentLimits} (first, so that it runs before validation), the depth
 * and complexity limits (once per document: {@link ShapeLimits}), the hand-off to SmallRye's document cache (after
 * the limits, so that a refused document is not cached), {@link UsedDataLoaders}, {@link ErrorCodes},
 * {@link OperationLog} and, last, {@link AnswerCapture}, which keeps answers without errors for the
 * {@link AnswerCache}. Then those of the fields: {@link DirectBatchLoads} (before the two that wrap fetchers, which
 * would hide SmallRye's), {@link ExecutionBudget} and {@link NestedPages}.
 * <p>
 * This is a SmallRye {@link EventingService} (listed in META-INF/services, always on: no configuration key) rather
 * than a CDI observer of the builder, because CDI observers need {@code quarkus.smallrye-graphql.events.enabled},
 * which also fires two CDI events for every field fetched: 8 % of the CPU time of a {@code node} query, measured
 * with JFR (docs/benchmarks.md).
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
        Config config = Config.get();
        List<Instrumentation> operation = new ArrayList<>();
        operation.add(new DocumentLimits(limits, new Lazy<>(() -> Arc.container().instance(ListSizes.class).get())));
        List<Instrumentation> shape = new ArrayList<>();
        config.getQueryDepthInstrumentation().ifPresent(depth -> shape.add(new MaxQueryDepthInstrumentation(depth)));
        config.getQueryComplexityInstrumentation()
                .ifPresent(complexity -> shape.add(new MaxQueryComplexityInstrumentation(complexity)));
        operation.add(new ShapeLimits(shape));
        operation.add(new QueryCacheHandOff());
        operation.add(new UsedDataLoaders());
        operation.add(new ErrorCodes());
        operation.add(new OperationLog());
        operation.add(new AnswerCapture(new Lazy<>(() -> Arc.container().instance(AnswerCache.class).get())));
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(new OperationHooks(operation));
        chain.add(new DirectBatchLoads(new Lazy<>(() -> Arc.container().instance(Schema.class).get())));
        chain.add(new ExecutionBudget(limits.maxCost()));
        chain.add(new NestedPages());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }
}
