package org.majlis.auth;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.majlis.store.Store;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Lets a mutation through, or says in one coded error why not, in the order a user fixes things: a database that
 * does not last takes no write at all (READ_ONLY), then a missing or refused token (UNAUTHENTICATED), then a role
 * the token lacks (FORBIDDEN), then a writer who has made their changes of the minute (RATE_LIMITED). The token is
 * checked here, when a mutation asks, and never for a query (quarkus.http.auth.proactive=false): reading stays
 * anonymous and costs nothing more.
 */
@ApplicationScoped
public class Writers {

    /** Why a token is refused, without saying which check failed (that would help a forger, not a writer). */
    public static final String TOKEN_REFUSED = "The bearer token was refused: it is expired, not signed by the "
            + "identity provider this service trusts, or not issued for it (audience). Get a new one.";

    private final Store store;
    private final SecurityIdentity identity;
    private final WriteRate rate;

    Writers(Store store, SecurityIdentity identity, WriteRate rate) {
        this.store = store;
        this.identity = identity;
        this.rate = rate;
    }

    /**
     * @param roles any one of which lets the writer through
     * @return who is writing
     */
    public Writer require(String... roles) throws GraphQLException {
        if (!store.lasting()) {
            throw new ReadOnlyException("This service keeps its graph in memory (" + store.kind() + "), so what it "
                    + "would accept it would lose at its next stop: it takes no changes. Run it on an H2 file or on "
                    + "PostgreSQL to write (README, \"Set up\").");
        }
        boolean anonymous;
        try {
            anonymous = identity.isAnonymous();
        } catch (AuthenticationFailedException refused) {
            throw new UnauthenticatedException(TOKEN_REFUSED);
        }
        if (anonymous) {
            throw new UnauthenticatedException("Changing the graph needs a bearer token (Authorization: Bearer ...) "
                    + "from the identity provider, or from the token command where there is none (README, \"Write to it\").");
        }
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new ForbiddenException("This change needs the role " + String.join(" or ", roles) + ", which "
                    + identity.getPrincipal().getName() + " does not have.");
        }
        Writer writer = writer();
        long wait = rate.take(writer.subject());
        if (wait > 0) {
            throw new RateLimitedException(writer.name() + " has made the changes one writer may make in a minute: try "
                    + "again in " + wait + " s.");
        }
        return writer;
    }

    private Writer writer() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object preferred = token.getClaim("preferred_username");
            String name = preferred != null ? preferred.toString() : token.getName();
            return new Writer(token.getSubject() != null ? token.getSubject() : name, name);
        }
        String name = identity.getPrincipal().getName();
        return new Writer(name, name);
    }
}
