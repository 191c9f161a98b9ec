package org.majlis.auth;

import java.util.HashMap;
import java.util.Map;

/**
 * The service on a lasting store, taking the tokens of a real Keycloak: the realm of deploy/keycloak, served by
 * .ci/start-keycloak on loopback (MAJLIS_KEYCLOAK_URL to use another).
 */
public class KeycloakProfile extends WritableStore {

    /** Set to true (.ci/run does) to run the Keycloak tests; they fail, not skip, when Keycloak is missing. */
    public static final String ENABLED = "MAJLIS_KEYCLOAK_TESTS";

    public static final String REALM = env("MAJLIS_KEYCLOAK_URL", "http://127.0.0.1:8180") + "/realms/majlis";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("majlis.auth.issuer", REALM);
        return config;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
