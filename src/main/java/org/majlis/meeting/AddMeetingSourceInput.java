package org.majlis.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.evidence.AddSourceInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("AddMeetingSourceInput")
@Description("A further report of a meeting the graph holds: what every claim's further report gives (the document, its "
        + "quotes, what it says), and the participants it names, with its quotes of them.")
public class AddMeetingSourceInput extends AddSourceInput {

    @Description("The participants this document names, with its quotes of them: one the meeting has keeps the part "
            + "and organisation its own document gave; one it lacks joins it with those given here.")
    public List<@NonNull ParticipantInput> participants;
}
