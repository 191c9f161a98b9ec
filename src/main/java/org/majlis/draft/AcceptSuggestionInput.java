package org.majlis.draft;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("AcceptSuggestionInput")
@Description("The suggestion to accept, and the analyst's edit of its proposal, if any.")
public class AcceptSuggestionInput {

    @Id
    @NonNull
    @Description("The suggestion, e.g. Suggestion:<document>.<fingerprint>.")
    public String id;

    @Description("The proposal as the analyst changed it: the input of the suggestion's mutation as a JSON object "
            + "(its proposal, edited). Leave it out to accept the proposal as it is; for a further source, the claim's "
            + "version is then the current one.")
    public String proposal;
}
