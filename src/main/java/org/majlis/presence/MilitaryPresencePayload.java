package org.majlis.presence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What a military presence mutation did: the presence as it now is (null once retracted), or the problems "
        + "with the input and nothing changed (on CONFLICT, the presence as someone else left it).")
public class MilitaryPresencePayload {

    @Description("The presence after the change; on CONFLICT, as it currently is; null when retracted or when there "
            + "are other userErrors.")
    public final MilitaryPresence militaryPresence;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    MilitaryPresencePayload(MilitaryPresence militaryPresence, List<UserError> userErrors) {
        this.militaryPresence = militaryPresence;
        this.userErrors = List.copyOf(userErrors);
    }
}
