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
@Input("EditMilitaryPresenceInput")
@Description("What changes in a military presence, at the version it was read: a field left out stays as it is; a "
        + "list given (supports, quotes) replaces the presence's list whole.")
public class EditMilitaryPresenceInput {

    @Id
    @NonNull
    @Description("The presence, e.g. MilitaryPresence:wagner-in-libya.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the presence as it now is.")
    public int version;

    @Id
    @Description("A new force.")
    public String force;

    @Id
    @Description("A new sponsor.")
    public String sponsor;

    @Id
    @Description("The sides supported, all of them.")
    public List<@NonNull String> supports;

    @Description("A new host country.")
    public String hostCountry;

    @Id
    @Description("A new place.")
    public String place;

    @Description("A new kind.")
    public PresenceKind kind;

    @Description("A new status; the dates are checked against the document's publication again.")
    public ClaimStatus status;

    @Description("A new description.")
    public TextInput description;

    @Description("A new start.")
    public DateInput start;

    @Description("A new end.")
    public DateInput end;

    @Description("The presence's quotes, all of them: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
