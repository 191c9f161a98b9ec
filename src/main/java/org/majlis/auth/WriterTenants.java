package org.majlis.auth;

import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells quarkus-oidc how to check a writer's bearer token: against the configured identity provider's keys, or,
 * when there is none, against the local signing key, which is read (or made) once, at the first token checked. Either
 * way a token must name the configured audience and be signed (quarkus-oidc refuses {@code alg: none}, a forged
 * signature and an expired token). One tenant, resolved for every request that brings a token; quarkus-oidc keeps
 * its context by the tenant's id. Where there is neither a provider nor a key to be had (a read-only file system),
 * there is no tenant, and every token is refused. quarkus-oidc's default tenant is off (application.properties): this is the one.
 */
@ApplicationScoped
public class WriterTenants implements TenantConfigResolver {

    private static final Logger LOG = Logger.getLogger(WriterTenants.class);

    private final AuthConfig config;
    /** The tenant once made; made again while there is none (a key that could not be had yet). */
    private volatile Uni<OidcTenantConfig> tenant;

    WriterTenants(AuthConfig config) {
        this.config = config;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        Uni<OidcTenantConfig> known = tenant;
        if (known != null) {
            return known;
        }
        // Reading (or making) the key is file work, kept off the event loop.
        return requestContext.runBlocking(this::tenant).invoke(made -> {
            if (made != null) {
                tenant = Uni.createFrom().item(made);
            }
        });
    }

    private OidcTenantConfig tenant() {
        if (config.issuer().isPresent()) {
            return OidcTenantConfig.builder().tenantId("issuer")
                    .authServerUrl(config.issuer().get())
                    .applicationType(io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType.SERVICE)
                    .token().audience(List.of(config.audience())).end()
                    .roles().roleClaimPath(config.rolesClaim()).end()
                    .build();
        }
        Path file = Path.of(config.localKey());
        LocalSigningKey key;
        try {
            key = LocalSigningKey.loadOrCreate(file);
        } catch (RuntimeException e) {
            // No tenant: quarkus-oidc refuses the token (UNAUTHENTICATED), and the operator reads why here.
            LOG.errorf("No writer's token can be checked: %s. Name the identity provider with MAJLIS_AUTH_ISSUER, or "
                    + "give MAJLIS_AUTH_LOCAL_KEY a writable place.", e.getMessage());
            return null;
        }
        LOG.infof("Writers' tokens are checked with the local signing key %s (java -jar quarkus-run.jar token NAME "
                + "--role analyst issues one)", file.toAbsolutePath());
        return OidcTenantConfig.builder().tenantId("local")
                .applicationType(io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType.SERVICE)
                .publicKey(key.publicKeyBase64())
                .token().issuer(LocalTokens.ISSUER).audience(List.of(config.audience())).end()
                .roles().roleClaimPath(LocalTokens.ROLES_CLAIM).end()
                .build();
    }
}
