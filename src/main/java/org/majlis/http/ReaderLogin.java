package org.majlis.http;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.majlis.auth.AuthConfig;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * What the bundled reader needs to log an analyst in, and no more: /reader/login.json names the identity provider
 * (majlis.auth.issuer) and the client the reader logs in as ({@code {}} without a provider: the reader then offers no
 * login), and the reader's Content-Security-Policy lets its pages call that provider's origin, where they read its
 * discovery document and exchange the code for a token. The pages still load nothing from it: the login page is the
 * provider's own, reached by navigating there.
 */
@ApplicationScoped
public class ReaderLogin {

    /** The reader's own files and this API; a provider's origin is added to connect-src. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'%s; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Optional<String> issuer;
    private final String clientId;

    ReaderLogin(AuthConfig config) {
        this.issuer = config.issuer().filter(value -> !value.isBlank());
        this.clientId = config.readerClientId();
    }

    void install(@Observes Router router) {
        String policy = POLICY.formatted(issuer.map(value -> " " + origin(value)).orElse(""));
        router.routeWithRegex("/(reader/.*)?").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> {
            ctx.response().putHeader("Content-Security-Policy", policy);
            ctx.next();
        });
        String login = (issuer.isPresent() ? new JsonObject().put("issuer", issuer.get()).put("clientId", clientId)
                : new JsonObject()).encode();
        // As long as the reader's files (quarkus.http.static-resources.max-age): it changes only with the configuration.
        router.get("/reader/login.json").handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .end(login));
    }

    /** http://127.0.0.1:8180/realms/majlis -> http://127.0.0.1:8180 */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
