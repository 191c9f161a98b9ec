package org.majlis.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.majlis.graphql.AnswerCache;
import org.majlis.graphql.CacheConfig;
import org.majlis.store.Store;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP caching of what does not change between imports (GraphQL GET answers and the exports), so that a browser
 * or a CDN in front of the replicas shares the work: a strong {@code ETag}, {@code Cache-Control: public} with
 * {@link org.majlis.graphql.CacheConfig#maxAge()}, and {@code 304 Not Modified} without a body to a conditional
 * request that names what the client holds.
 * <p>
 * A GraphQL answer's ETag is the SHA-256 of its bytes and the media type it is sent as; it varies with the Accept
 * header (its Content-Type) and the Origin (the CORS filter echoes it in Access-Control-Allow-Origin), so both are
 * named in {@code Vary}. Only answers without errors are cacheable; any other GET answer is {@code no-store}, since
 * an error such as UNAVAILABLE or PERSISTED_QUERY_NOT_FOUND does not last. An export names its own ETag and its
 * {@code Last-Modified} (the import it was made from), and varies with the Origin only.
 */
public final class HttpCaching {

    /** RFC 9110's IMF-fixdate, e.g. Sun, 06 Nov 1994 08:49:37 GMT (the JDK's RFC_1123 leaves a day of 6 unpadded). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String cacheControl;

    /**
     * How long a browser or a CDN may reuse an answer without asking: the configured time where the data only changes
     * at an import (a replica in memory), none where analysts may change it at any moment (a lasting store): caches
     * then keep the answer but ask each time, and the ETag makes the answer to that a bodiless 304 until a change.
     */
    public static Duration maxAge(CacheConfig config, Store store) {
        return store.lasting() ? Duration.ZERO : config.maxAge();
    }

    public HttpCaching(Duration maxAge) {
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    void cacheable(HttpServerResponse response, AnswerCache.Answer answer, ResponseType type) {
        response.putHeader(HttpHeaders.ETAG, etag(answer, type))
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, "Accept, Origin");
    }

    /** The validators of a representation that changes only at an import: its ETag and the import's time. */
    public void cacheable(HttpServerResponse response, String etag, Instant lastModified) {
        response.putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(lastModified))
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, "Origin");
    }

    public static void notCacheable(HttpServerResponse response) {
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static boolean notModified(RoutingContext ctx, AnswerCache.Answer answer, ResponseType type) {
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        return ifNoneMatch != null && matches(ifNoneMatch, etag(answer, type));
    }

    /**
     * Whether a GET or HEAD may be answered 304 (RFC 9110, 13.2.2): If-None-Match decides when it is sent; else
     * If-Modified-Since, when it is a valid date not earlier than the last modification (a date the server cannot
     * read is ignored, as the RFC says).
     */
    public static boolean notModified(RoutingContext ctx, String etag, Instant lastModified) {
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        String ifModifiedSince = ctx.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !lastModified.isAfter(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.trim())));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): a W/ prefix a proxy may have added does not matter. */
    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(AnswerCache.Answer answer, ResponseType type) {
        return "\"" + answer.hash() + (type == ResponseType.JSON ? "-json" : "-graphql-response") + "\"";
    }
}
