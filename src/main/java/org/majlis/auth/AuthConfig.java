package org.majlis.auth;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may write, and how their bearer tokens are checked (docs/api.md, "Writing"). With an {@link #issuer()},
 * tokens come from that OpenID Connect provider (Keycloak in CI); without one, from the {@code token} command, signed
 * with a key of this installation's own ({@link #localKey()}), so that a laptop needs no identity provider and is
 * still not open to anyone who can reach its port.
 */
@ConfigMapping(prefix = "majlis.auth")
public interface AuthConfig {

    /** The defaults the {@code token} command reads too, which has no Quarkus to read these. */
    String DEFAULT_AUDIENCE = "majlis";
    String DEFAULT_LOCAL_KEY = "majlis-data/signing-key.pem";
    String DEFAULT_LOCAL_TOKEN_LIFETIME = "8h";

    /**
     * The OpenID Connect issuer whose tokens are accepted, e.g. http://127.0.0.1:8180/realms/majlis: its keys are
     * read from its discovery document. Unset, the local key signs and checks tokens.
     */
    Optional<String> issuer();

    /**
     * The audience a token must name (its aud claim): a token the same provider issued for another application is
     * refused. Keycloak adds it with an audience mapper on the client (deploy/keycloak/majlis-realm.json).
     */
    @WithDefault(DEFAULT_AUDIENCE)
    String audience();

    /**
     * The identity provider's client the bundled reader logs in as (the authorization code with PKCE, in the browser):
     * a public client whose tokens name {@link #audience()} too. The reader learns it, with the issuer, from
     * /reader/login.json (org.majlis.http.ReaderLogin).
     */
    @WithDefault("majlis-reader")
    String readerClientId();

    /**
     * Where a token of the identity provider lists the writer's roles: Keycloak's realm roles by default; "groups"
     * for providers that follow MicroProfile JWT.
     */
    @WithDefault("realm_access/roles")
    String rolesClaim();

    /**
     * The local signing key, a PKCS#8 PEM file, made on first use (readable by its owner only). Beside the embedded
     * database by default: whoever can read the one can write the other anyway.
     */
    @WithDefault(DEFAULT_LOCAL_KEY)
    String localKey();

    /**
     * Changes one writer may make in a minute, as a bucket that holds that many and refills one at a time: an analyst
     * annotating by hand makes a few a minute, and accepting a page of drafts sends tens at once; a runaway script is
     * stopped at one a second before it fills the change log.
     */
    @WithDefault("60")
    int writesPerMinute();

    /** How long a token of the token command lasts: a working day, as Keycloak's sessions do by default. */
    @WithDefault(DEFAULT_LOCAL_TOKEN_LIFETIME)
    Duration localTokenLifetime();
}
