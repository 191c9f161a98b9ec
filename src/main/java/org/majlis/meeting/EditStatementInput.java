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
@Input("EditStatementInput")
@Description("What changes in a statement, at the version it was read: a field left out stays as it is; quotes given "
        + "replace the statement's whole (its id stays, whatever they are).")
public class EditStatementInput {

    @Id
    @NonNull
    @Description("The statement, e.g. Statement:000_de159ab6a08af78c.720.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the statement as it now is.")
    public int version;

    @Id
    @Description("A new speaker.")
    public String speaker;

    @Id
    @Description("A new organisation.")
    public String organisation;

    @Id
    @Description("A new reporter.")
    public String reportedBy;

    @Description("A new summary.")
    public TextInput summary;

    @Description("A new status.")
    public ClaimStatus status;

    @Description("The statement's quotes, all of them: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
