package org.majlis.auth;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** Thrown on a mutation of a writer who has made their changes of the minute; reported with extensions.code RATE_LIMITED. */
@ErrorCode("RATE_LIMITED")
public class RateLimitedException extends GraphQLException {

    public RateLimitedException(String message) {
        super(message);
    }
}
