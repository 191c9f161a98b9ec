package org.majlis.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.majlis.graphql.GraphQLLimits;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * One client holds at most its share of WebSockets: a subscriber needs one, so a client that opens more is refused
 * with a coded 429 before the upgrade, and a socket it closes gives its place back.
 */
@QuarkusTest
class WebSocketsPerClientTest {

    @TestHTTPResource("graphql")
    URL graphql;

    @Inject
    Vertx vertx;

    @Inject
    GraphQLLimits limits;

    private WebSocket open(HttpClient client) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI(graphql.getPath()).addSubProtocol("graphql-transport-ws");
        return client.webSocket(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aClientPastItsShareOfSocketsIsRefusedUntilItClosesOne() throws Exception {
        HttpClient client = vertx.createHttpClient();
        List<WebSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < limits.maxSocketsPerClient(); i++) {
                held.add(open(client));
            }
            Exception refused = null;
            try {
                held.add(open(client));
            } catch (Exception e) {
                refused = e;
            }
            assertTrue(refused != null && refused.getCause() instanceof UpgradeRejectedException,
                    "the socket past the share was accepted: " + refused);
            UpgradeRejectedException rejection = (UpgradeRejectedException) refused.getCause();
            assertEquals(429, rejection.getStatus());
            assertTrue(rejection.getBody().toString().contains("\"code\":\"LIMIT_EXCEEDED\""), rejection.getBody().toString());

            held.remove(0).close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            WebSocket again = null;
            while (again == null && System.nanoTime() < deadline) {
                try {
                    again = open(client);
                } catch (Exception stillHeld) {
                    Thread.sleep(50); // the server hears of the close a moment after the client
                }
            }
            assertTrue(again != null, "a closed socket did not give its place back");
            held.add(again);
        } finally {
            for (WebSocket socket : held) {
                socket.close();
            }
            client.close();
        }
    }
}
