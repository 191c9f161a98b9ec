package org.majlis.auth;

import java.time.Duration;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Tokens signed with the {@link LocalSigningKey}: what the {@code token} command prints, in the shape the service
 * checks (issuer {@link #ISSUER}, the configured audience, roles in {@code groups} as MicroProfile JWT names them).
 * jose4j, which quarkus-oidc itself verifies tokens with, signs them.
 */
public final class LocalTokens {

    /** The issuer of every local token: the service accepts no other when no identity provider is configured. */
    public static final String ISSUER = "majlis-local";

    static final String ROLES_CLAIM = "groups";

    private LocalTokens() {
    }

    /**
     * @param user who the token speaks for: its subject and preferred_username, which the history shows
     */
    public static String issue(LocalSigningKey key, String user, List<String> roles, String audience, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(user);
        claims.setClaim("preferred_username", user);
        claims.setAudience(audience);
        claims.setStringListClaim(ROLES_CLAIM, roles);
        claims.setIssuedAtToNow();
        NumericDate expires = NumericDate.now();
        expires.addSeconds(lifetime.toSeconds());
        claims.setExpirationTime(expires);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token with the local key: " + e.getMessage(), e);
        }
    }
}
