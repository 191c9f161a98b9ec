package org.majlis.auth;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** Thrown on a mutation without a bearer token, or with one that was refused; reported with extensions.code UNAUTHENTICATED. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends GraphQLException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
