package org.majlis.frameworkinternals;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Replaces the body a later handler of the route reads: the gate hands SmallRye the query a persisted query's hash
 * names. Vert.x's public {@link RoutingContext} can read a body but not set one.
 * <p>
 * Relies on Vert.x Web's {@link RoutingContextInternal} (an {@code impl} class) being what Quarkus's router passes
 * along, and on SmallRye's handler reading the body from the routing context. {@code PersistedQueriesTest} fails when
 * a query sent as its hash alone is no longer answered. Checked with Vert.x Web 4.5.27 (Quarkus 3.33.2).
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static void replace(RoutingContext ctx, String body) {
        ((RoutingContextInternal) ctx).setBody(Buffer.buffer(body));
    }
}
