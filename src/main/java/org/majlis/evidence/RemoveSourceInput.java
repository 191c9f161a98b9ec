package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("RemoveSourceInput")
@Description("A further report to take off a claim (joined by mistake, or found to be about another event): its "
        + "quotes go, the claim and its other sources stay as they were. The history keeps it.")
public class RemoveSourceInput {

    @Id
    @NonNull
    @Description("The claim.")
    public String id;

    @NonNull
    @Description("The claim's version as it was read: a stale one is a CONFLICT.")
    public int version;

    @Id
    @NonNull
    @Description("The further source to take off: a Document id. A claim's own document cannot be taken off; retract "
            + "the claim instead.")
    public String document;
}
