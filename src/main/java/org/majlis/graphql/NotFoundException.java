package org.majlis.graphql;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** Thrown when a well-formed id names nothing; reported with extensions.code NOT_FOUND. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends GraphQLException {

    public NotFoundException(String message) {
        super(message);
    }
}
