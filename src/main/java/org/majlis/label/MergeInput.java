package org.majlis.label;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("MergeInput")
@Description("Two nodes found to be one (the same person under two ids, one meeting reported twice): the one to fold "
        + "in and the one that stays, each at the version it was read, and why.")
public class MergeInput {

    @Id
    @NonNull
    @Description("The node that goes: what it holds becomes the survivor's (an actor's or organisation's names, as "
            + "aliases, and claims; a meeting's sources, participants and statements), and its id answers as the survivor's.")
    public String from;

    @NonNull
    @Description("The version of from as it was read: a stale one is a CONFLICT.")
    public int fromVersion;

    @Id
    @NonNull
    @Description("The node that stays.")
    public String into;

    @NonNull
    @Description("The version of into as it was read: a stale one is a CONFLICT.")
    public int intoVersion;

    @NonNull
    @Description("Why they are one, for the history, e.g. 'two transliterations of one name; both are the GNU's minister'.")
    public String reason;
}
