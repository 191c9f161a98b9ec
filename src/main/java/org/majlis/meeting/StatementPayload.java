package org.majlis.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What a statement mutation did: the statement as it now is (null once retracted), or the problems with "
        + "the input and nothing changed (on CONFLICT, the statement as someone else left it).")
public class StatementPayload {

    @Description("The statement after the change; on CONFLICT, as it currently is; null when retracted or when there "
            + "are other userErrors.")
    public final Statement statement;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    StatementPayload(Statement statement, List<UserError> userErrors) {
        this.statement = statement;
        this.userErrors = List.copyOf(userErrors);
    }
}
