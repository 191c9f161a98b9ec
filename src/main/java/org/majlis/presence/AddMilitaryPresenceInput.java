package org.majlis.presence;

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
@Input("AddMilitaryPresenceInput")
@Description("A foreign force's presence a document reports (forces, mercenaries, instructors, a base), backed by "
        + "quotes of that document.")
public class AddMilitaryPresenceInput {

    @Id
    @NonNull
    @Description("The document that reports it. Quotes are of its text.")
    public String document;

    @Description("The presence's slug, its id's second part, which never changes; when left out, made of the force, "
            + "the host country and the place, e.g. wagner-group-ly-al-jufra-air-base.")
    public String slug;

    @Id
    @NonNull
    @Description("The force, e.g. Organisation:wagner-group.")
    public String force;

    @Id
    @Description("The state or body behind the force, e.g. Organisation:russia.")
    public String sponsor;

    @Id
    @Description("The sides the force supports: Actor or Organisation ids.")
    public List<@NonNull String> supports;

    @NonNull
    @Description("Where the force is, as an ISO 3166-1 alpha-2 code, e.g. LY.")
    public String hostCountry;

    @Id
    @Description("Where in the country, e.g. Place:al-jufra-air-base.")
    public String place;

    @NonNull
    @Description("What kind of presence.")
    public PresenceKind kind;

    @NonNull
    @Description("Whether the source reports it as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @Description("What the source says of it, in a sentence or two.")
    public TextInput description;

    @Description("Since when, where the source says.")
    public DateInput start;

    @Description("Until when, where the source says.")
    public DateInput end;

    @NonNull
    @Description("The quotes that report the presence: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
