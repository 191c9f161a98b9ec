package org.majlis.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.InputErrors;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("RetractInput")
@Description("A claim to take out of the graph, at the version it was read, and why. Its history keeps it.")
public class RetractInput {

    // The column's width (V4__claim_versions.sql): refused as TOO_LONG, never a database error.
    private static final int REASON_CHARACTERS = 2000;

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

    /** The claim's slug, the id checked to be of the type; null, with the problems added, when the input is not right. */
    public String slug(String type, InputErrors errors) {
        String slug = errors.slugOf(id, type, InputErrors.field("id"));
        errors.requireText(reason, InputErrors.field("reason"));
        errors.maxLength(reason, REASON_CHARACTERS, InputErrors.field("reason"));
        return slug;
    }
}
