package org.majlis.frameworkinternals;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * The field a resolver is running for, read from the context SmallRye propagates to the resolver's thread: so that a
 * connection takes its count only when the field selects {@code totalCount}.
 * <p>
 * Relies on SmallRye GraphQL's {@link SmallRyeContextManager} (an implementation class) holding the current
 * {@link SmallRyeContext} in the resolver's thread, and that context unwrapping to the field's
 * {@link DataFetchingEnvironment}. Where it finds none, the answer is "selected": the count is taken, as before this
 * shortcut, and {@code NoNPlusOneTest} fails on the statement it costs. Checked with SmallRye GraphQL 2.17.0
 * (Quarkus 3.33.2).
 */
public final class CurrentField {

    private CurrentField() {
    }

    /** Whether the field being resolved selects this field of its result; true when that cannot be told. */
    public static boolean selects(String field) {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment environment = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return environment == null || environment.getSelectionSet().contains(field);
    }
}
