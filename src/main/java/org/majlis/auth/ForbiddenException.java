package org.majlis.auth;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** Thrown on a mutation whose writer lacks the role it needs; reported with extensions.code FORBIDDEN. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends GraphQLException {

    public ForbiddenException(String message) {
        super(message);
    }
}
