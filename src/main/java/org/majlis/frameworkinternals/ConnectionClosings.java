package org.majlis.frameworkinternals;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;

/**
 * Tells when an HTTP connection closes, without taking its close handler: {@link HttpConnection#closeHandler} holds
 * one handler, and Quarkus sets it on every connection when {@code quarkus.http.limits.max-connections} is set, to
 * count the connections down; setting another would stop that count and, in time, refuse every client. A listener on
 * the Netty channel's close future adds to what runs at the close instead of replacing it.
 * <p>
 * Relies on Vert.x's server connections being {@link ConnectionBase} (an {@code impl} package) with the channel they
 * wrap. {@code WebSocketsPerClientTest} fails when a closed socket does not give its place back, or when the share is
 * not enforced at all. Checked with Vert.x 4.5.27 (Quarkus 3.33.2).
 */
public final class ConnectionClosings {

    private ConnectionClosings() {
    }

    /** Runs {@code closed} once the connection closes; false, and nothing registered, when it cannot be told. */
    public static boolean whenClosed(HttpConnection connection, Runnable closed) {
        if (!(connection instanceof ConnectionBase base)) {
            return false;
        }
        base.channel().closeFuture().addListener(future -> closed.run());
        return true;
    }
}
