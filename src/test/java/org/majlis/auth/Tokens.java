package org.majlis.auth;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Bearer tokens as writers get them where there is no identity provider (the token command, the local key of the
 * tests' settings), and the hostile ones a service must refuse.
 */
public final class Tokens {

    /** The tests' local key (application.properties, %test.majlis.auth.local-key), the service's own. */
    public static final Path KEY = Path.of("target/test-signing-key.pem");

    private Tokens() {
    }

    public static String analyst(String name) {
        return of(name, Roles.ANALYST);
    }

    public static String curator(String name) {
        return of(name, Roles.CURATOR);
    }

    public static String of(String name, String... roles) {
        return LocalTokens.issue(LocalSigningKey.loadOrCreate(KEY), name, List.of(roles), "majlis", Duration.ofMinutes(10));
    }

    /** Well formed, with the analyst role, but signed by a key the service never saw. */
    public static String forged(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return LocalTokens.issue(new LocalSigningKey(pair.getPrivate(), pair.getPublic()), name,
                    List.of(Roles.ANALYST), "majlis", Duration.ofMinutes(10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed by the service's key, but expired an hour ago. */
    public static String expired(String name) {
        return LocalTokens.issue(LocalSigningKey.loadOrCreate(KEY), name, List.of(Roles.ANALYST), "majlis",
                Duration.ofHours(-1));
    }

    /** Signed by the service's key for another application. */
    public static String forAnotherAudience(String name) {
        return LocalTokens.issue(LocalSigningKey.loadOrCreate(KEY), name, List.of(Roles.ANALYST), "elsewhere",
                Duration.ofMinutes(10));
    }

    /** A valid token's claims under {@code alg: none} and no signature: anyone can write one. */
    public static String unsigned(String name) {
        String[] parts = analyst(name).split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + parts[1] + ".";
    }
}
