package org.majlis.auth;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/** Thrown on a mutation when the database does not last (H2 in memory); reported with extensions.code READ_ONLY. */
@ErrorCode("READ_ONLY")
public class ReadOnlyException extends GraphQLException {

    public ReadOnlyException(String message) {
        super(message);
    }
}
