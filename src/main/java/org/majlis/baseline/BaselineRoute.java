package org.majlis.baseline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The limit beneath GraphQL, for bench/Benchmark.java: a plain HTTP endpoint that returns a precomputed JSON body
 * (the harness stores the GraphQL answer of its meetings query with PUT, then loads GET). It costs what the HTTP
 * stack costs and nothing of parsing, validation, data fetching or serialisation, so the ratio of GraphQL's
 * throughput to it shows what the GraphQL layer adds. Off unless majlis.baseline.enabled=true.
 */
@ApplicationScoped
public class BaselineRoute {

    static final String PATH = "/baseline/meetings";

    private volatile Buffer meetings = Buffer.buffer("{}");

    void register(@Observes Router router, BaselineConfig config) {
        if (!config.enabled()) {
            return;
        }
        router.put(PATH).handler(BodyHandler.create().setBodyLimit(16 * 1024 * 1024)).handler(context -> {
            meetings = context.body().buffer().copy();
            context.response().setStatusCode(204).end();
        });
        router.get(PATH).handler(context -> context.response().putHeader("Content-Type", "application/json").end(meetings));
    }
}
