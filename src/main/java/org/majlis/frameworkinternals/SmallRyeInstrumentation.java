package org.majlis.frameworkinternals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import io.smallrye.graphql.execution.QueryCache;

/**
 * What SmallRye put in the engine's instrumentation before it let us customise the builder, so that the engine's
 * chain holds it rather than replacing it: what a later SmallRye adds still runs. The builder has no getter, so the
 * instrumentation is read from an engine built from it (building sets nothing SmallRye had not set, except the
 * default execution strategies, made with the exception handler SmallRye already set, as the real build would).
 * <p>
 * Each part is sorted by what it hooks into: those known to work on the operation as a whole only (SmallRye's
 * document cache, and graphql-java's depth and complexity limits when SmallRye's settings ask for them) can sit
 * behind {@link OperationHooks}; anything else keeps every hook, fields' included.
 * <p>
 * Relies on SmallRye GraphQL's {@code ExecutionService} setting its instrumentation (a {@link ChainedInstrumentation}
 * of the depth and complexity limits when configured, its {@link QueryCache}, and Apollo's tracing when federation
 * is on) before it fires {@code beforeGraphQLBuild}, and on {@link QueryCache}, an implementation class, hooking into
 * validation only. Checked with SmallRye GraphQL 2.17.0 and graphql-java 24.3 (Quarkus 3.33.2).
 */
public final class SmallRyeInstrumentation {

    /** Classes whose field hooks do nothing, checked in this version: the rest keep their field hooks. */
    private static final Set<Class<?>> OPERATION_ONLY = Set.of(QueryCache.class, MaxQueryDepthInstrumentation.class,
            MaxQueryComplexityInstrumentation.class);

    /** What SmallRye installed, in its order; set when the engine is built, for {@code ShortcutsInEffectTest}. */
    static volatile List<Instrumentation> found = List.of();

    /** @param operationOnly what may sit behind {@link OperationHooks}; @param others what must see every hook */
    public record Parts(List<Instrumentation> operationOnly, List<Instrumentation> others) {
    }

    private SmallRyeInstrumentation() {
    }

    /** SmallRye's instrumentations in the builder, in its order, split by what they hook into. */
    public static Parts of(GraphQL.Builder builder) {
        Instrumentation installed = builder.build().getInstrumentation();
        List<Instrumentation> all = installed instanceof ChainedInstrumentation chain ? chain.getInstrumentations()
                : installed == SimplePerformantInstrumentation.INSTANCE ? List.of() : List.of(installed);
        found = List.copyOf(all);
        List<Instrumentation> operationOnly = new ArrayList<>();
        List<Instrumentation> others = new ArrayList<>();
        for (Instrumentation instrumentation : all) {
            (OPERATION_ONLY.contains(instrumentation.getClass()) ? operationOnly : others).add(instrumentation);
        }
        return new Parts(operationOnly, others);
    }
}
