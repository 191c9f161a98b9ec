package org.majlis.graphql;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.config.Config;

/**
 * Sets the instrumentation of the GraphQL engine. SmallRye installs its depth and complexity limits before it
 * lets us customise the builder, and setting ours replaces its chain; so the chain is rebuilt here with the same
 * configured limits, plus {@link DocumentLimits} (first, so that it runs before validation), {@link ErrorCodes} and
 * {@link OperationLog}.
 */
@ApplicationScoped
public class GraphQLSetup {

    void instrument(@Observes GraphQL.Builder builder, GraphQLLimits limits) {
        Config config = Config.get();
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(new DocumentLimits(limits));
        config.getQueryDepthInstrumentation().ifPresent(depth -> chain.add(new MaxQueryDepthInstrumentation(depth)));
        config.getQueryComplexityInstrumentation()
                .ifPresent(complexity -> chain.add(new MaxQueryComplexityInstrumentation(complexity)));
        chain.add(new ErrorCodes());
        chain.add(new OperationLog());
        builder.instrumentation(new ChainedInstrumentation(chain));
    }
}
