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
@Input("AddMeetingInput")
@Description("A meeting one document reports, every part of it backed by quotes of that document.")
public class AddMeetingInput {

    @Id
    @NonNull
    @Description("The document that reports it, e.g. Document:000_de159ab6a08af78c. Quotes are of its text.")
    public String document;

    @Description("The meeting's slug, its id's second part (Meeting:<slug>), which never changes; when left out, made "
            + "of the date, the place and the first two participants, e.g. 2024-05-13-moscow-sergei-lavrov-khalifa-haftar.")
    public String slug;

    @NonNull
    @Description("A short title of the meeting.")
    public TextInput title;

    @Description("What the source says of it, in a sentence or two.")
    public TextInput description;

    @NonNull
    @Description("What kind of meeting it was.")
    public MeetingKind kind;

    @NonNull
    @Description("Whether the source reports it as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @NonNull
    @Description("When it took place, as precisely as the source says; not after the document's publication unless "
            + "EXPECTED.")
    public DateInput date;

    @Id
    @Description("Where it took place, e.g. Place:moscow.")
    public String place;

    @Description("What was discussed, in a few words each.")
    public List<@NonNull String> topics;

    @NonNull
    @Description("Who took part: one at least.")
    public List<@NonNull ParticipantInput> participants;

    @NonNull
    @Description("The quotes that report the meeting: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
