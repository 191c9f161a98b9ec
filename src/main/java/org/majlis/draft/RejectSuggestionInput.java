package org.majlis.draft;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Input("RejectSuggestionInput")
@Description("The suggestion to reject.")
public class RejectSuggestionInput {

    @Id
    @NonNull
    @Description("The suggestion, e.g. Suggestion:<document>.<fingerprint>.")
    public String id;
}
