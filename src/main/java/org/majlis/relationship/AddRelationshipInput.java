package org.majlis.relationship;

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
@Input("AddRelationshipInput")
@Description("A tie between two parties a document reports (an alliance, support, a mission, an offensive), backed by "
        + "quotes of that document.")
public class AddRelationshipInput {

    @Id
    @NonNull
    @Description("The document that reports it. Quotes are of its text.")
    public String document;

    @Description("The relationship's slug, its id's second part, which never changes; when left out, made of the "
            + "subject, the kind and the object, e.g. russia-military-support-libyan-national-army.")
    public String slug;

    @NonNull
    @Description("What kind of tie.")
    public RelationshipKind kind;

    @NonNull
    @Description("Whether the source reports it as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @Id
    @NonNull
    @Description("Who: an Actor or Organisation id.")
    public String subject;

    @Id
    @Description("With or towards whom: an Actor or Organisation id.")
    public String object;

    @Id
    @Description("Through which organisation, e.g. Organisation:african-corps.")
    public String via;

    @Id
    @Description("Where, e.g. Place:benghazi.")
    public String place;

    @NonNull
    @Description("What the source reports, summarised.")
    public TextInput description;

    @Description("Since when, where the source says.")
    public DateInput start;

    @Description("Until when, where the source says.")
    public DateInput end;

    @NonNull
    @Description("The quotes that report the relationship: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
