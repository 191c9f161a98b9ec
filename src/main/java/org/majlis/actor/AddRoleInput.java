package org.majlis.actor;

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
@Input("AddRoleInput")
@Description("A position a document says an actor holds or held, backed by quotes of that document.")
public class AddRoleInput {

    @Id
    @NonNull
    @Description("The document that reports it. Quotes are of its text.")
    public String document;

    @Description("Tells two roles of one actor in one organisation apart in the document (a slug, e.g. former-post); "
            + "the role's id is Role:<document>.<key>, or else Role:<document>.<actor>.<organisation>.")
    public String key;

    @Id
    @NonNull
    @Description("Who holds it, e.g. Actor:sergei-lavrov.")
    public String actor;

    @Id
    @Description("Where, e.g. Organisation:russian-ministry-of-foreign-affairs.")
    public String organisation;

    @NonNull
    @Description("The position, e.g. Minister of Foreign Affairs.")
    public TextInput title;

    @Description("True for an acting (caretaker, interim) holder.")
    public Boolean acting;

    @NonNull
    @Description("Whether the actor held it when the source was published.")
    public Boolean current;

    @NonNull
    @Description("Whether the source states it as fact, attributes it to others, or expects it.")
    public ClaimStatus status;

    @Description("When they took it, where the source says.")
    public DateInput start;

    @Description("When they left it, where the source says.")
    public DateInput end;

    @NonNull
    @Description("The quotes that report the role: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
