package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("RetractInput")
@Description("A claim to take out of the graph, at the version it was read, and why. Its history keeps it.")
public class RetractInput {

    @Id
    @NonNull
    @Description("The claim, e.g. Meeting:2024-05-13-moscow-libya-russia.")
    public String id;

    @NonNull
    @Description("The version it was read at: a stale one is a CONFLICT.")
    public int version;

    @NonNull
    @Description("Why it is retracted, for its history, e.g. 'the source says they are expected to meet, not that they met'.")
    public String reason;
}
