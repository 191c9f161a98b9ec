package org.majlis.http;

import graphql.language.SourceLocation;

/**
 * A request the gate (or another HTTP endpoint, e.g. the exports) answers itself, as a GraphQL error with a code;
 * an expected outcome of bad input, so it carries no stack trace.
 */
public final class Refusal extends RuntimeException {

    public final int status;
    final String code;
    final String classification;
    final SourceLocation location;

    private Refusal(int status, String code, String classification, String message, SourceLocation location) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.classification = classification;
        this.location = location;
    }

    static Refusal badRequest(String message) {
        return new Refusal(400, "BAD_REQUEST", "BadRequest", message, null);
    }

    /** A bearer token that was refused: RFC 6750's invalid_token, answered 401 with a challenge. */
    static Refusal unauthenticated(String message) {
        return new Refusal(401, "UNAUTHENTICATED", "DataFetchingException", message, null);
    }

    /** A client past its share of something the service holds for it (open sockets): 429, LIMIT_EXCEEDED. */
    static Refusal tooMany(String message) {
        return new Refusal(429, "LIMIT_EXCEEDED", "BadRequest", message, null);
    }

    static Refusal tooLarge(String message) {
        return new Refusal(413, "PAYLOAD_TOO_LARGE", "BadRequest", message, null);
    }

    static Refusal unsupportedMediaType(String message) {
        return new Refusal(415, "UNSUPPORTED_MEDIA_TYPE", "BadRequest", message, null);
    }

    /** A well-formed id that names nothing: NOT_FOUND, classified as SmallRye classifies a data fetcher's error. */
    public static Refusal notFound(String message) {
        return new Refusal(404, "NOT_FOUND", "DataFetchingException", message, null);
    }

    /** An argument that is not of the form its parameter takes: INVALID_ARGUMENT, as the GraphQL API answers it. */
    public static Refusal invalidArgument(String message) {
        return new Refusal(400, "INVALID_ARGUMENT", "DataFetchingException", message, null);
    }

    /** Anything unexpected, logged where it happened and never described to the client. */
    public static Refusal internalError() {
        return new Refusal(500, "INTERNAL_ERROR", "DataFetchingException", "Internal error", null);
    }

    static Refusal operationNotSupported(String message) {
        return new Refusal(400, "OPERATION_NOT_SUPPORTED", "OperationNotSupported", message, null);
    }

    public static Refusal methodNotAllowed(String message) {
        return new Refusal(405, "METHOD_NOT_ALLOWED", "OperationNotSupported", message, null);
    }

    /**
     * The message and code are the ones Apollo Client and urql look for to send the query with its hash; 200 whatever
     * the media type, as Apollo Server answers, since a client reads a 200 body without fail.
     */
    static Refusal persistedQueryNotFound() {
        return new Refusal(200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound", "PersistedQueryNotFound", null);
    }

    /** What the clients look for to stop sending hashes. */
    static Refusal persistedQueryNotSupported() {
        return new Refusal(200, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported", "PersistedQueryNotSupported",
                null);
    }

    static Refusal persistedQueryHashMismatch(String message) {
        return new Refusal(400, "PERSISTED_QUERY_HASH_MISMATCH", "BadRequest", message, null);
    }

    static Refusal persistedQueryVersionNotSupported(String message) {
        return new Refusal(400, "PERSISTED_QUERY_VERSION_NOT_SUPPORTED", "BadRequest", message, null);
    }

    /** The status is left to the caller: 200 or 400 depending on the media type the client accepts. */
    static Refusal parseFailed(String message, SourceLocation location) {
        return new Refusal(0, "GRAPHQL_PARSE_FAILED", "InvalidSyntax", message, location);
    }
}
