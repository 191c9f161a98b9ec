package org.majlis.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Sends /reader to /reader/, where the reader's static files are (src/main/resources/META-INF/resources/reader/):
 * Quarkus serves a folder's index.html only under its path with the slash, and a person types it without. The
 * target is relative, so that it holds under any quarkus.http.root-path.
 */
@ApplicationScoped
public class ReaderRedirect {

    /** Vert.x matches /reader/ to this route as well: that one goes on to the files. */
    void install(@Observes Router router) {
        router.get("/reader").handler(ctx -> {
            if (ctx.request().path().endsWith("/")) {
                ctx.next();
            } else {
                ctx.response().setStatusCode(301).putHeader(HttpHeaders.LOCATION, "reader/").end();
            }
        });
    }
}
