package org.majlis.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.date.DateInput;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("AddSourceInput")
@Description("A further report of a claim the graph holds: the document that reports it, its quotes of it, and what "
        + "it says where it says it (a date, a place, a status; leave out what it does not say). The claim's own fields "
        + "stay as they are; where the sources differ, the claim's disagreements list each value.")
public class AddSourceInput {

    @Id
    @NonNull
    @Description("The claim, e.g. Meeting:2023-08-22-benghazi-khalifa-haftar-yunus-bek-yevkurov.")
    public String id;

    @NonNull
    @Description("The claim's version as it was read: a stale one is a CONFLICT.")
    public int version;

    @Id
    @NonNull
    @Description("The document that reports the claim again: not the claim's own, nor one already among its sources.")
    public String document;

    @NonNull
    @Description("The words of that document that say the claim; at least one.")
    public List<@NonNull QuoteInput> quotes;

    @Description("The claim's date as this document gives it (a meeting's; a presence's, role's or relationship's "
            + "start), with its words.")
    public DateInput date;

    @Id
    @Description("The place this document says the claim took place, a Place id; a role has none.")
    public String place;

    @Description("The claim's status as this document words it: REPORTED, ALLEGED or EXPECTED.")
    public ClaimStatus status;
}
