package org.majlis.http;

import java.time.Duration;

import org.majlis.graphql.AnswerCache;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP caching of GET answers, so that a browser or a CDN in front of the replicas shares the work: a strong
 * {@code ETag} (the SHA-256 of the answer's bytes, and the media type it is sent as), {@code Cache-Control: public}
 * with {@link org.majlis.graphql.CacheConfig#maxAge()}, and {@code 304 Not Modified} without a body to an
 * {@code If-None-Match} that names it. The answer varies with the Accept header (its Content-Type) and the Origin
 * (the CORS filter echoes it in Access-Control-Allow-Origin), so both are named in {@code Vary}. Only answers
 * without errors are cacheable; any other GET answer is {@code no-store}, since an error such as UNAVAILABLE or
 * PERSISTED_QUERY_NOT_FOUND does not last.
 */
final class HttpCaching {

    private final String cacheControl;

    HttpCaching(Duration maxAge) {
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    void cacheable(HttpServerResponse response, AnswerCache.Answer answer, ResponseType type) {
        response.putHeader(HttpHeaders.ETAG, etag(answer, type))
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                .putHeader(HttpHeaders.VARY, "Accept, Origin");
    }

    static void notCacheable(HttpServerResponse response) {
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): a W/ prefix a proxy may have added does not matter. */
    static boolean notModified(RoutingContext ctx, AnswerCache.Answer answer, ResponseType type) {
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        String etag = etag(answer, type);
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
