package org.majlis.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.vertx.ext.web.RoutingContext;

/**
 * Hands the parameters of a GET request to Quarkus's GraphQL handler so that it reads them as they were sent.
 * That handler takes each parameter already decoded from the URL, deletes its line breaks and tabs, and decodes
 * it from URL encoding a second time: a query that begins with a comment line became one comment (refused,
 * uncoded, as "Unparseable input document"), a '+' in a string became a space, and a '%' broke the decoding. The
 * gate has read them (RequestParameters); it now gives the handler each value URL-encoded once more, in which no
 * line break or tab is left to delete and whose second decoding gives back the text the client sent.
 */
final class GetParameters {

    private static final List<String> NAMES = List.of("query", "operationName", "variables", "extensions");

    private GetParameters() {
    }

    static void protect(RoutingContext ctx) {
        for (String name : NAMES) {
            List<String> values = ctx.queryParam(name);
            if (values.size() == 1) {
                ctx.queryParams().set(name, URLEncoder.encode(values.get(0), StandardCharsets.UTF_8));
            }
        }
    }
}
