package org.majlis.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.DateInput;
import org.majlis.evidence.ClaimStatus;
import org.majlis.evidence.QuoteInput;
import org.majlis.label.TextInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("EditMeetingInput")
@Description("What changes in a meeting, at the version it was read: a field left out stays as it is; a list given "
        + "(participants, quotes, topics) replaces the meeting's list whole.")
public class EditMeetingInput {

    @Id
    @NonNull
    @Description("The meeting, e.g. Meeting:2024-05-13-moscow-libya-russia.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the meeting as it now is.")
    public int version;

    @Description("A new title.")
    public TextInput title;

    @Description("A new description.")
    public TextInput description;

    @Description("A new kind.")
    public MeetingKind kind;

    @Description("A new status; the date is checked against the document's publication again.")
    public ClaimStatus status;

    @Description("A new date.")
    public DateInput date;

    @Id
    @Description("A new place.")
    public String place;

    @Description("The topics, all of them.")
    public List<@NonNull String> topics;

    @Description("The participants, all of them, each with its quotes: a participant left out leaves the meeting.")
    public List<@NonNull ParticipantInput> participants;

    @Description("The meeting's quotes, all of them: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
