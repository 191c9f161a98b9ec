package org.majlis.graphql;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** Thrown when a request asks for more than a limit allows; extensions.code LIMIT_EXCEEDED. */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends GraphQLException {

    public LimitExceededException(String message) {
        super(message);
    }
}
