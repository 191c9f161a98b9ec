package org.majlis.organisation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What an organisation mutation did: the organisation as it now is, or the problems with the input and "
        + "nothing changed (on CONFLICT, the organisation as someone else left it).")
public class OrganisationPayload {

    @Description("The organisation after the change; on CONFLICT, as it currently is; otherwise null when there are "
            + "userErrors.")
    public final Organisation organisation;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    OrganisationPayload(Organisation organisation, List<UserError> userErrors) {
        this.organisation = organisation;
        this.userErrors = List.copyOf(userErrors);
    }
}
