package org.majlis.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What a meeting mutation did: the meeting as it now is (null once retracted), or the problems with the "
        + "input and nothing changed (on CONFLICT, the meeting as someone else left it).")
public class MeetingPayload {

    @Description("The meeting after the change; on CONFLICT, as it currently is; null when retracted or when there are "
            + "other userErrors.")
    public final Meeting meeting;

    @NonNull
    @Description("What to fix in the input; empty when the change was made.")
    public final List<@NonNull UserError> userErrors;

    MeetingPayload(Meeting meeting, List<UserError> userErrors) {
        this.meeting = meeting;
        this.userErrors = List.copyOf(userErrors);
    }

    static MeetingPayload done(Meeting meeting) {
        return new MeetingPayload(meeting, List.of());
    }

    static MeetingPayload refused(List<UserError> errors) {
        return new MeetingPayload(null, errors);
    }
}
