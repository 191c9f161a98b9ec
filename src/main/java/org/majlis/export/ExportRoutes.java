package org.majlis.export;

import java.io.IOException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.majlis.graphql.CacheConfig;
import org.majlis.http.ErrorBody;
import org.majlis.http.HttpCaching;
import org.majlis.http.Refusal;
import org.majlis.store.Store;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The export endpoints, plain Vert.x routes like the GraphQL gate: each export is looked up and checked first (an
 * unknown document is a coded error, as in the GraphQL API), then streamed on a worker thread as it is read from
 * the database, page by page, so that memory stays flat whatever the size of the corpus (docs/exports.md).
 * <p>
 * {@code HEAD} answers what {@code GET} would, without the body (RFC 9110, 9.3.2), and both carry the validators of
 * the import the data comes from ({@link ExportValidators}) with the GraphQL GET answers' caching policy
 * ({@link HttpCaching}): a conditional request for what the client holds is answered 304 without reading the data.
 */
@ApplicationScoped
public class ExportRoutes {

    private static final Logger LOG = Logger.getLogger(ExportRoutes.class);

    static final String ROOT = "/exports";

    private final WebAnnotationExport annotations;
    private final GeoJsonExport geoJson;
    private final ClaimsCsvExport csv;
    private final PopoloExport popolo;
    private final ExportValidators validators;
    private final HttpCaching caching;

    ExportRoutes(WebAnnotationExport annotations, GeoJsonExport geoJson, ClaimsCsvExport csv, PopoloExport popolo,
            ExportValidators validators, CacheConfig cache, Store store) {
        this.annotations = annotations;
        this.geoJson = geoJson;
        this.csv = csv;
        this.popolo = popolo;
        this.validators = validators;
        this.caching = new HttpCaching(HttpCaching.maxAge(cache, store));
    }

    static String annotationsPath(String slug) {
        return ROOT + "/documents/" + slug + "/annotations";
    }

    static String textPath(String slug) {
        return ROOT + "/documents/" + slug + "/text";
    }

    /**
     * The IRI of the claim a quote backs: urn:majlis: and the claim's reference, its global id (node(id:) finds it),
     * e.g. urn:majlis:Meeting:2024-05-13-moscow.
     */
    static String claimIri(String claim) {
        return "urn:majlis:" + claim;
    }

    void install(@Observes Router router) {
        route(router, annotationsPath(":slug"), ctx -> annotations.annotations(ctx.pathParam("slug"), base(ctx)));
        route(router, textPath(":slug"), ctx -> annotations.text(ctx.pathParam("slug")));
        route(router, ROOT + "/places.geojson", ctx -> geoJson.places());
        route(router, ROOT + "/military-presences.geojson", ctx -> geoJson.militaryPresences());
        route(router, ROOT + "/claims.csv", ctx -> csv.claims(ClaimsCsvExport.bomRequested(ctx.queryParam("bom"))));
        route(router, ROOT + "/popolo.json", ctx -> popolo.people());
    }

    private void route(Router router, String path, Function<RoutingContext, Download> export) {
        router.route(path).blockingHandler(ctx -> serve(ctx, export), false);
    }

    private void serve(RoutingContext ctx, Function<RoutingContext, Download> export) {
        HttpServerResponse response = ctx.response();
        try {
            HttpMethod method = ctx.request().method();
            if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD)) {
                throw Refusal.methodNotAllowed("exports are read with GET (or HEAD)");
            }
            Download download = export.apply(ctx);
            if (answeredUnchanged(ctx, download)) {
                return;
            }
            response.setChunked(true).putHeader(HttpHeaders.CONTENT_TYPE, download.contentType())
                    .putHeader("Content-Disposition", download.disposition());
            if (download.licence() != null) {
                response.putHeader("Link", download.licenceLink());
            }
            if (method.equals(HttpMethod.HEAD)) {
                response.end();
                return;
            }
            ResponseStream out = new ResponseStream(response);
            download.body().writeTo(out);
            out.close(); // only once the whole body is written: a failed export must not end as if complete
        } catch (Refusal refusal) {
            refuse(ctx, refusal);
        } catch (IOException e) {
            LOG.debugf("Export %s stopped: %s", ctx.request().path(), e.getMessage());
            ctx.request().connection().close();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Export %s failed", ctx.request().path());
            if (response.headWritten()) {
                ctx.request().connection().close(); // the client sees a truncated chunked body, never a false end
            } else {
                refuse(ctx, Refusal.internalError());
            }
        }
    }

    /**
     * Puts the validators of the last import on the answer, and answers 304 when the client holds this export of it.
     * Before the first import there are none, and nothing is cached.
     */
    private boolean answeredUnchanged(RoutingContext ctx, Download download) {
        ExportValidators.Imported imported = validators.last();
        if (imported == null) {
            HttpCaching.notCacheable(ctx.response());
            return false;
        }
        String etag = imported.etag(download.contentType(), base(ctx) + ctx.request().uri());
        caching.cacheable(ctx.response(), etag, imported.at());
        if (!HttpCaching.notModified(ctx, etag, imported.at())) {
            return false;
        }
        ctx.response().setStatusCode(304).end();
        return true;
    }

    /**
     * The scheme and host the client reached the service at: the request's own (the Host header, with its port;
     * HTTP/1.0 may send none), or what a trusted proxy forwarded where the operator turned Quarkus's proxy address
     * forwarding on (quarkus.http.proxy.*, deploy/README.md): Quarkus then gives the request the forwarded ones.
     */
    private static String base(RoutingContext ctx) {
        String host = ctx.request().host();
        return ctx.request().scheme() + "://" + (host == null ? "localhost" : host);
    }

    private static void refuse(RoutingContext ctx, Refusal refusal) {
        HttpServerResponse response = ctx.response();
        for (CharSequence header : new CharSequence[] { "Content-Disposition", "Link", HttpHeaders.ETAG,
                HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY }) {
            response.headers().remove(header);
        }
        response.setStatusCode(refusal.status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8");
        if (refusal.status == 405) {
            response.putHeader(HttpHeaders.ALLOW, "GET, HEAD");
        }
        HttpCaching.notCacheable(response);
        response.end(ErrorBody.of(refusal));
    }
}
