package org.majlis.place;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What a place mutation did: the place as it now is, or the problems with the input and nothing changed "
        + "(on CONFLICT, the place as someone else left it).")
public class PlacePayload {

    @Description("The place after the change; on CONFLICT, as it currently is; otherwise null when there are userErrors.")
    public final Place place;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    PlacePayload(Place place, List<UserError> userErrors) {
        this.place = place;
        this.userErrors = List.copyOf(userErrors);
    }
}
