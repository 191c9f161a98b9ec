package org.majlis.frameworkinternals;

import java.util.function.BiConsumer;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a refused bearer token the gate's way (a coded GraphQL error in the body) rather than Quarkus's (401 with an
 * empty body). With authentication lazy, the token is checked when a mutation asks who writes; when the check fails,
 * Quarkus ends the whole request with the handler the routing context holds under
 * {@link QuarkusHttpUser#AUTH_FAILURE_HANDLER}, or with its challenge when there is none.
 * <p>
 * Relies on that key (in a {@code runtime} package of quarkus-vertx-http) and on Quarkus calling the handler found
 * there. {@code WhoMayWriteTest} fails when a refused token is answered without the coded error. Checked with
 * Quarkus 3.33.2.
 */
public final class AuthenticationFailures {

    private AuthenticationFailures() {
    }

    public static void answerWith(RoutingContext ctx, BiConsumer<RoutingContext, Throwable> handler) {
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, handler);
    }
}
