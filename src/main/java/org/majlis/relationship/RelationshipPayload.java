package org.majlis.relationship;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What a relationship mutation did: the relationship as it now is (null once retracted), or the problems "
        + "with the input and nothing changed (on CONFLICT, the relationship as someone else left it).")
public class RelationshipPayload {

    @Description("The relationship after the change; on CONFLICT, as it currently is; null when retracted or when "
            + "there are other userErrors.")
    public final Relationship relationship;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    RelationshipPayload(Relationship relationship, List<UserError> userErrors) {
        this.relationship = relationship;
        this.userErrors = List.copyOf(userErrors);
    }
}
