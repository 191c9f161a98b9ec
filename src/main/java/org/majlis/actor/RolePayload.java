package org.majlis.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What a role mutation did: the role as it now is (null once retracted), or the problems with the input "
        + "and nothing changed (on CONFLICT, the role as someone else left it).")
public class RolePayload {

    @Description("The role after the change; on CONFLICT, as it currently is; null when retracted or when there are "
            + "other userErrors.")
    public final Role role;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    RolePayload(Role role, List<UserError> userErrors) {
        this.role = role;
        this.userErrors = List.copyOf(userErrors);
    }
}
