package org.majlis.draft;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.majlis.graphql.Node;
import org.majlis.graphql.UserError;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Description("What deciding a suggestion did: the suggestion as it now is and the claim accepting it made, or the "
        + "problems with the input and nothing changed.")
public class SuggestionPayload {

    @Description("The suggestion; null when it was not found.")
    public final Suggestion suggestion;

    @Description("The claim accepting it made (or, for a further source, the claim it joined); null otherwise.")
    public final Node claim;

    @NonNull
    @Description("What to fix in the input (a problem with the proposal's fields names them under input.proposal, e.g. "
            + "[\"input\", \"proposal\", \"date\"]); empty when it was decided.")
    public final List<@NonNull UserError> userErrors;

    SuggestionPayload(Drafts.Decided decided) {
        this.suggestion = decided.suggestion();
        this.claim = decided.claim();
        this.userErrors = List.copyOf(decided.errors());
    }
}
