package org.majlis.http;

import java.util.Locale;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The media type of the answer, chosen from the client's Accept header as the GraphQL-over-HTTP spec says:
 * {@code application/graphql-response+json} when the client prefers it, {@code application/json} when it prefers
 * that, accepts anything or says nothing.
 */
enum ResponseType {
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    final String mediaType;

    ResponseType(String mediaType) {
        this.mediaType = mediaType;
    }

    String contentType() {
        return mediaType + "; charset=UTF-8";
    }

    static ResponseType of(RoutingContext ctx) {
        ResponseType best = JSON;
        double bestWeight = -1;
        for (String entry : accepted(ctx)) {
            String[] parts = entry.split(";");
            ResponseType type = served(parts[0].trim().toLowerCase(Locale.ROOT));
            double weight = weight(parts);
            if (type != null && weight > 0 && weight > bestWeight) {
                best = type;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** True when the client accepts a type served here, or says nothing; SmallRye answers anything else 406. */
    static boolean acceptable(RoutingContext ctx) {
        String[] entries = accepted(ctx);
        if (entries.length == 0) {
            return true;
        }
        for (String entry : entries) {
            String[] parts = entry.split(";");
            if (served(parts[0].trim().toLowerCase(Locale.ROOT)) != null && weight(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the client named neither type itself, and so left the choice to the server. */
    static boolean unnamed(RoutingContext ctx) {
        for (String entry : accepted(ctx)) {
            String type = entry.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals(GRAPHQL_RESPONSE_JSON.mediaType) || type.equals(JSON.mediaType)) {
                return false;
            }
        }
        return true;
    }

    private static String[] accepted(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null ? new String[0] : accept.split(",");
    }

    private static ResponseType served(String type) {
        if (type.equals(GRAPHQL_RESPONSE_JSON.mediaType)) {
            return GRAPHQL_RESPONSE_JSON;
        }
        return type.equals(JSON.mediaType) || type.equals("application/*") || type.equals("*/*") ? JSON : null;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equals("q")) {
                try {
                    return Double.parseDouble(parameter[1].trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
