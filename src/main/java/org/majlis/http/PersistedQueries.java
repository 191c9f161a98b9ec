package org.majlis.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.majlis.graphql.CacheConfig;
import org.majlis.graphql.WeighedCaches;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Automatic persisted queries, as Apollo Client ({@code @apollo/client/link/persisted-queries}) and urql
 * ({@code @urql/exchange-persisted}) send them: {@code extensions.persistedQuery = {version: 1, sha256Hash}}, the
 * SHA-256 of the query text in lowercase hexadecimal. A hash alone is answered PERSISTED_QUERY_NOT_FOUND until the
 * client sends the query with it; the query is then remembered under its hash once its SHA-256 is checked (so that
 * no one can register a query under another's hash) and it has parsed within the parser limits. A remembered query
 * goes on exactly as if it had been sent: every limit applies to it again on each request.
 * <p>
 * Bounded by characters of query text ({@link CacheConfig#persistedQueryCharacters()}), as the gate's parsed
 * queries: a forgotten one costs a client one more round trip, never a wrong answer.
 */
@ApplicationScoped
class PersistedQueries {

    private static final int VERSION = 1;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final boolean enabled;
    private final Cache<String, String> queries;

    PersistedQueries(CacheConfig config, MeterRegistry registry) {
        this.enabled = config.persistedQueries();
        this.queries = WeighedCaches.weighedWithStatistics(config.persistedQueryCharacters(),
                (String hash, String query) -> query.length());
        CaffeineCacheMetrics.monitor(registry, queries, "graphql-persisted-queries");
    }

    /** The request with its query: as sent, checked against its hash, or the one remembered under the hash. */
    RequestParameters resolve(RequestParameters request) {
        if (request.persistedQuery() == null) {
            return request;
        }
        if (!enabled) {
            throw Refusal.persistedQueryNotSupported();
        }
        String hash = hash(request.persistedQuery());
        if (request.query() == null) {
            String known = queries.getIfPresent(hash);
            if (known == null) {
                throw Refusal.persistedQueryNotFound();
            }
            return request.withQuery(known);
        }
        String actual = sha256(request.query());
        if (!actual.equals(hash)) {
            throw Refusal.persistedQueryHashMismatch("extensions.persistedQuery.sha256Hash is " + hash
                    + " but the SHA-256 of the query's UTF-8 text is " + actual + ": hash the query exactly as sent");
        }
        return request;
    }

    /** Remembers a query sent with its hash, once it has parsed. */
    void remember(RequestParameters request) {
        if (enabled && request.persistedQuery() != null) {
            queries.asMap().putIfAbsent(hash(request.persistedQuery()), request.query());
        }
    }

    private static String hash(JsonNode persistedQuery) {
        if (!persistedQuery.isObject()) {
            throw Refusal.badRequest("'extensions.persistedQuery' must be a JSON object");
        }
        JsonNode version = persistedQuery.get("version");
        if (version == null || !version.canConvertToExactIntegral() || version.asInt() != VERSION) {
            throw Refusal.persistedQueryVersionNotSupported("extensions.persistedQuery.version is "
                    + (version == null ? "missing" : version.toString()) + ": only version 1 is supported");
        }
        JsonNode hash = persistedQuery.get("sha256Hash");
        if (hash == null || !hash.isTextual() || !SHA256_HEX.matcher(hash.asText()).matches()) {
            throw Refusal.badRequest("extensions.persistedQuery.sha256Hash must be the SHA-256 hash of the query, "
                    + "64 hexadecimal digits");
        }
        return hash.asText().toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
