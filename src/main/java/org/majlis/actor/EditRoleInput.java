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
@Input("EditRoleInput")
@Description("What changes in a role, at the version it was read: a field left out stays as it is. Its actor and "
        + "organisation make its id and do not change: retract it and add another.")
public class EditRoleInput {

    @Id
    @NonNull
    @Description("The role, e.g. Role:000_de159ab6a08af78c.sergei-lavrov.russian-ministry-of-foreign-affairs.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the role as it now is.")
    public int version;

    @Description("A new title.")
    public TextInput title;

    @Description("Whether the holder is acting.")
    public Boolean acting;

    @Description("Whether the actor held it when the source was published.")
    public Boolean current;

    @Description("A new status; the dates are checked against the document's publication again.")
    public ClaimStatus status;

    @Description("A new start.")
    public DateInput start;

    @Description("A new end.")
    public DateInput end;

    @Description("The role's quotes, all of them: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
