package org.majlis.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The WebSockets each client holds open, by its address: a subscriber needs one (graphql-ws multiplexes every
 * subscription of a page over it), so a client that opens many is holding the service's memory, not subscribing.
 */
final class OpenSockets {

    private final int perClient;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    OpenSockets(int perClient) {
        this.perClient = perClient;
    }

    /** Counts one more socket of the client, unless it holds its share already. */
    boolean tryOpen(String client) {
        boolean[] opened = { false };
        open.compute(client, (address, count) -> {
            AtomicInteger held = count == null ? new AtomicInteger() : count;
            if (held.get() < perClient) {
                held.incrementAndGet();
                opened[0] = true;
            }
            return held;
        });
        return opened[0];
    }

    /** A socket of the client closed; a client with none is forgotten. */
    void closed(String client) {
        open.computeIfPresent(client, (address, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    int perClient() {
        return perClient;
    }
}
