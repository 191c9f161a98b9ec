package org.majlis.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.evidence.ClaimStatus;
import org.majlis.evidence.QuoteInput;
import org.majlis.label.TextInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("AddStatementInput")
@Description("What was said at a meeting, as one of the documents that report the meeting reports it, with the quotes "
        + "that report it.")
public class AddStatementInput {

    @Id
    @NonNull
    @Description("The meeting it was said at.")
    public String meeting;

    @Id
    @Description("The document that reports it, whose text the quotes are of: the meeting's own (the default) or one "
            + "of its further sources.")
    public String document;

    @Description("Names the statement in its document (a slug, e.g. lavrov-on-elections); the id is "
            + "Statement:<document>.<key>, or else Statement:<document>.<where its earliest quote starts>.")
    public String key;

    @Id
    @Description("Who said it, e.g. Actor:sergei-lavrov.")
    public String speaker;

    @Id
    @Description("The organisation that said it, e.g. Organisation:russian-ministry-of-foreign-affairs.")
    public String organisation;

    @Id
    @Description("Who reported it was said, e.g. Organisation:al-araby-al-jadeed.")
    public String reportedBy;

    @NonNull
    @Description("What was said, summarised.")
    public TextInput summary;

    @NonNull
    @Description("Whether the source reports it as made, attributes it to others, or expects it.")
    public ClaimStatus status;

    @NonNull
    @Description("The quotes that report it: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
