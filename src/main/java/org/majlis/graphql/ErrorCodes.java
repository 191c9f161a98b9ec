package org.majlis.graphql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.SourceLocation;

/**
 * Gives every error an {@code extensions.code} a client can branch on, and keeps server internals out of
 * messages. Errors of our own API exceptions already carry their code (SmallRye's {@code @ErrorCode}); parse,
 * validation and limit errors from graphql-java get one by their classification; a lost database connection is
 * UNAVAILABLE (retry later); anything else unexpected becomes a bare INTERNAL_ERROR, logged here with its stack
 * trace and never sent.
 */
public class ErrorCodes extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    private static final Pattern JAVA_TYPE = Pattern.compile("Unknown Scalar Type \\[\\[?L?(?:[\\w$]+\\.)*([\\w$]+);?\\]");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|jakarta|org|io|com)\\.[\\w.$]+");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        boolean othersExplainNulls = result.getErrors().stream()
                .anyMatch(e -> e.getErrorType() != ErrorType.NullValueInNonNullableField);
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            if (error.getErrorType() == ErrorType.NullValueInNonNullableField && othersExplainNulls) {
                continue; // the consequence of an error already listed, not a second problem
            }
            errors.add(coded(error, parameters.getOperation()));
        }
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static GraphQLError coded(GraphQLError error, String operation) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            if (isOurs(fetching.getException())) {
                return error;
            }
            if (isDatabaseDown(fetching.getException())) {
                LOG.warnf("Database unavailable in operation %s at %s: %s", operation, fetching.getPath(),
                        fetching.getException().getMessage());
                return new CodedError("The database is unavailable; try again shortly", error.getLocations(), error.getPath(),
                        "UNAVAILABLE", error.getErrorType());
            }
            LOG.errorf(fetching.getException(), "Unexpected error in operation %s at %s", operation, fetching.getPath());
            return new CodedError("Internal error", error.getLocations(), error.getPath(), "INTERNAL_ERROR",
                    error.getErrorType());
        }
        String code = switch (error.getErrorType() instanceof ErrorType type ? type : ErrorType.DataFetchingException) {
            case InvalidSyntax -> "GRAPHQL_PARSE_FAILED";
            case ValidationError -> "GRAPHQL_VALIDATION_FAILED";
            case ExecutionAborted -> "LIMIT_EXCEEDED";
            case OperationNotSupported -> "OPERATION_NOT_SUPPORTED";
            default -> error.getExtensions() != null && error.getExtensions().get("code") instanceof String own ? own
                    : "INTERNAL_ERROR";
        };
        return new CodedError(clean(error.getMessage()), error.getLocations(), error.getPath(), code, error.getErrorType());
    }

    private static boolean isOurs(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof GraphQLException) {
                return true;
            }
        }
        return false;
    }

    /** A lost or refused database connection (SQL state class 08), which clients may retry. */
    private static boolean isDatabaseDown(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    static String clean(String message) {
        if (message == null) {
            return "Invalid request";
        }
        return JAVA_NAME.matcher(JAVA_TYPE.matcher(message).replaceAll("$1")).replaceAll("value");
    }

    /** An error whose extensions are exactly a code and a classification. */
    private record CodedError(String message, List<SourceLocation> locations, List<Object> path, String code,
            ErrorClassification classification) implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public ErrorClassification getErrorType() {
            return classification;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", code);
            extensions.put("classification", classification.toString());
            return extensions;
        }
    }
}
