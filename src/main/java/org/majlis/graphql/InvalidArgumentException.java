package org.majlis.graphql;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** Thrown for an argument the caller must fix (a malformed id or cursor); extensions.code INVALID_ARGUMENT. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends GraphQLException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
