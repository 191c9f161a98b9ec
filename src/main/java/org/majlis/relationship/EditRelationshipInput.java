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
@Input("EditRelationshipInput")
@Description("What changes in a relationship, at the version it was read: a field left out stays as it is; quotes "
        + "given replace the relationship's whole.")
public class EditRelationshipInput {

    @Id
    @NonNull
    @Description("The relationship, e.g. Relationship:russia-supports-lna.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT, with the relationship as it now is.")
    public int version;

    @Description("A new kind.")
    public RelationshipKind kind;

    @Description("A new status; the dates are checked against the document's publication again.")
    public ClaimStatus status;

    @Id
    @Description("A new subject.")
    public String subject;

    @Id
    @Description("A new object.")
    public String object;

    @Id
    @Description("A new intermediary.")
    public String via;

    @Id
    @Description("A new place.")
    public String place;

    @Description("A new description.")
    public TextInput description;

    @Description("A new start.")
    public DateInput start;

    @Description("A new end.")
    public DateInput end;

    @Description("The relationship's quotes, all of them: one at least.")
    public List<@NonNull QuoteInput> quotes;
}
