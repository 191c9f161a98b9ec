package org.majlis.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * The limit beneath GraphQL, for bench/Benchmark.java: GET /baseline/meetings answers the bytes of the file that
 * baseline.body names (the harness writes Majlis's answer to its meetings query there), read once at start. It
 * costs what the HTTP stack costs and nothing of parsing, validation, data fetching or serialisation, so the ratio
 * of GraphQL's throughput to it shows what the GraphQL layer adds.
 */
@ApplicationScoped
public class BaselineRoute {

    static final String PATH = "/baseline/meetings";

    void register(@Observes Router router, @ConfigProperty(name = "baseline.body") String body) {
        Buffer meetings;
        try {
            meetings = Buffer.buffer(Files.readAllBytes(Path.of(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("baseline.body must name a readable file", e);
        }
        router.get(PATH).handler(context -> context.response().putHeader("Content-Type", "application/json").end(meetings));
    }
}
