package org.majlis.auth;

/**
 * The roles of writers, as the identity provider (realm roles in Keycloak) or the {@code token} command grants them.
 * Reading needs none. docs/api.md, "Writing", says which mutation needs which.
 */
public final class Roles {

    /** Adds documents and claims, and edits them. */
    public static final String ANALYST = "analyst";

    /** Everything an analyst does, and also retracts and merges: what takes something out of the graph. */
    public static final String CURATOR = "curator";

    private Roles() {
    }
}
