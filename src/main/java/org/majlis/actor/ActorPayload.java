package org.majlis.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What an actor mutation did: the actor as it now is, or the problems with the input and nothing changed "
        + "(on CONFLICT, the actor as someone else left it).")
public class ActorPayload {

    @Description("The actor after the change; on CONFLICT, as it currently is; otherwise null when there are userErrors.")
    public final Actor actor;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    ActorPayload(Actor actor, List<UserError> userErrors) {
        this.actor = actor;
        this.userErrors = List.copyOf(userErrors);
    }
}
